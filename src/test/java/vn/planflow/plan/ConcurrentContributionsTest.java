package vn.planflow.plan;

import java.util.concurrent.Callable;
import vn.planflow.web.AtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.planflow.PlanflowTest;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.plan.PlanProcesses.Vars;

/**
 * Every department contributing to one task's report at the same moment, through the REST API of
 * the running application: none refused, none lost, every contribution in the lead's view.
 */
@PlanflowTest
class ConcurrentContributionsTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanImport planImport;
  @Autowired
  TestRestTemplate rest;

  @Test
  void everyCoordinatingAgencyContributesAtOnce() throws Exception {
    String planId = planImport.start("ke-hoach.csv", (PlanDriver.HEADER
        + "1;Nhiệm vụ phối hợp " + java.util.UUID.randomUUID() + ";Sở Thông tin và Truyền thông;Các sở, ban, ngành;;"
        + "Trước ngày 30/6/2030\n").getBytes(StandardCharsets.UTF_8), "Kế hoạch phối hợp", null, null, true)
        .processInstanceId();
    List<Task> contributions = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(planId + ":1")
        .taskDefinitionKey(PlanTask.CONTRIBUTE_TO_REPORT).list();
    assertThat(contributions).hasSizeGreaterThanOrEqualTo(15);

    List<Callable<Integer>> calls = new ArrayList<>();
    for (Task task : contributions) {
      String agency = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      calls.add(AtOnce.complete(rest, "/engine-rest", agency, task.getId(),
          Map.of(Vars.CONTRIBUTION, AtOnce.text("Đóng góp của " + agency))));
    }
    Map<Integer, Integer> statuses = AtOnce.run(16, calls);

    assertThat(statuses).containsOnlyKeys(204);
    String taskInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(planId + ":1").singleResult().getId();
    String view = (String) engine.getRuntimeService().getVariable(taskInstance, Vars.CONTRIBUTIONS_TEXT);
    assertThat(view.lines().filter(line -> line.contains("Đóng góp của"))).hasSize(contributions.size());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(taskInstance)
        .taskDefinitionKey(PlanTask.REPORT_PROGRESS).count()).isEqualTo(1);
  }
}
