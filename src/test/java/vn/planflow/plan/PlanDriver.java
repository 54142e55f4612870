package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Imports a plan and walks its tasks the way the agencies would. */
final class PlanDriver {

  static final String HEADER = "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Phối hợp thực hiện;Mục tiêu triển khai;Thời gian hoàn thành\n";

  private final ProcessEngine engine;
  final String planId;

  private PlanDriver(ProcessEngine engine, String planId) {
    this.engine = engine;
    this.planId = planId;
  }

  static PlanDriver importCsv(ProcessEngine engine, PlanImport planImport, String rows, String reportEvery) {
    byte[] csv = (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    return new PlanDriver(engine, planImport.start("ke-hoach.csv", csv, "Kế hoạch thử nghiệm", null, reportEvery, true)
        .processInstanceId());
  }

  ProcessInstance taskInstance(String code) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(planId + ":" + code).singleResult();
    assertThat(instance).as("plan-task %s", code).isNotNull();
    return instance;
  }

  List<String> instanceIds() {
    List<String> ids = new ArrayList<>(List.of(planId));
    engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(planId).list()
        .forEach(instance -> ids.add(instance.getId()));
    return ids;
  }

  Task single(String code, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(planId + ":" + code).taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("%s of task %s", taskKey, code).hasSize(1);
    return tasks.get(0);
  }

  Task planTask(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(planId).taskDefinitionKey(taskKey)
        .singleResult();
  }

  void complete(String code, String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(single(code, taskKey).getId(), variables);
  }

  Object variable(String code, String name) {
    return engine.getRuntimeService().getVariable(taskInstance(code).getId(), name);
  }

  /** Executes every job of the plan and its tasks that is due at the engine's current time. */
  void fireDueJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = new ArrayList<>();
      for (String id : instanceIds()) {
        due.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming due");
  }
}
