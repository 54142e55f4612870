package vn.planflow.plan;

import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.params.ParameterizedTest;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.engine.ModelDeployment;
import vn.planflow.engine.PreviousModels;
import vn.planflow.engine.RunningInstanceMigration;
import vn.planflow.plan.PlanProcesses.Plan;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.plan.PlanProcesses.Vars;

/**
 * A plan imported on the previous release's {@code plan-implementation} and {@code plan-task}
 * carries on after the upgrade: its tasks migrate with their report timers, are reported,
 * verified and consolidated on the new models.
 */
@PlanflowTest
class PlanMigrationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanImport planImport;
  @Autowired
  ModelDeployment models;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(at(LocalDate.of(2025, 1, 6), LocalTime.of(9, 0)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {PreviousModels.RELEASE_2026_11, PreviousModels.RELEASE_2026_12})
  void aPlanImportedOnThePreviousModelsIsCarriedOutOnTheNewOnes(String release) {
    PreviousModels.deploy(engine, release, models);
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, """
        1;Nhiệm vụ có hạn;Sở Y tế;Sở Tài chính;Kết quả 1;Trước ngày 30/6/2025
        2;Nhiệm vụ thường xuyên;Sở Công Thương;;Kết quả 2;Thường xuyên
        """, null);
    List<String> previous = definitions(plan);

    PreviousModels.upgrade(engine, models);
    assertThat(new RunningInstanceMigration(engine).migrateAll()).isGreaterThanOrEqualTo(3);

    assertThat(definitions(plan)).doesNotContainAnyElementsOf(previous)
        .allSatisfy(id -> assertThat(engine.getRepositoryService().getProcessDefinition(id).getVersion())
            .isEqualTo(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(engine.getRepositoryService().getProcessDefinition(id).getKey())
                .latestVersion().singleResult().getVersion()));
    assertThat(engine.getManagementService().createJobQuery().timers()
        .executionId(plan.single("1", PlanTask.REPORT_PROGRESS).getExecutionId()).count())
        .as("the report's reminder and escalation came along").isEqualTo(2);

    plan.complete("1", PlanTask.CONTRIBUTE_TO_REPORT, Map.of(Vars.CONTRIBUTION, "Sở Tài chính đã bố trí kinh phí"));
    plan.complete("1", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Đã xong"));
    ProcessInstance first = plan.taskInstance("1");
    plan.complete("1", PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));
    assertThat(first).hasPassed(PlanTask.END).isEnded();

    ClockUtil.setCurrentTime(at(LocalDate.of(2025, 7, 7), LocalTime.of(17, 1)));
    plan.fireDueJobs();
    assertThat(plan.planTask(Plan.CONSOLIDATE_PROGRESS)).isNotNull();
  }

  @Test
  void aPlanOfTheReleaseBeforeKeyedRowsKeepsItsTasksAndPlansImportedAfterTakeTheNewMappings() {
    PreviousModels.deploy(engine, PreviousModels.RELEASE_2026_12, models);
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, """
        1;Bản tin định kỳ;Sở Y tế;;Duy trì bản tin, 1 số/quý;
        2;Nhiệm vụ có hạn;Sở Công Thương;;Kết quả 2;Trước ngày 30/6/2025
        """, null);
    assertThat(plan.variable("1", "recurrence")).as("the old model maps no recurrence").isNull();
    assertThat(plan.variable("1", Vars.REPORT_EVERY)).isEqualTo("P6M");

    PreviousModels.upgrade(engine, models);
    new RunningInstanceMigration(engine).migrateAll();

    assertThat(plan.taskInstance("1").getBusinessKey()).isEqualTo(plan.planId + ":1");
    plan.complete("2", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Xong"));
    plan.complete("2", PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));
    assertThat(plan.taskInstance("1")).isWaitingAt(PlanTask.REPORT_PROGRESS);

    // a plan imported after the upgrade: its recurring duty reports every quarter
    PlanDriver after = PlanDriver.importCsv(engine, planImport, """
        1;Bản tin định kỳ (sau nâng cấp);Sở Y tế;;Duy trì bản tin, 1 số/quý;
        """, null);
    assertThat(after.variable("1", "recurrence")).isEqualTo("P3M");
    assertThat(after.variable("1", Vars.REPORT_EVERY)).isEqualTo("P3M");
  }

  private List<String> definitions(PlanDriver plan) {
    List<String> ids = new java.util.ArrayList<>(plan.instanceIds().stream()
        .map(id -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult())
        .map(ProcessInstance::getProcessDefinitionId).toList());
    ids.add(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.planId).singleResult()
        .getProcessDefinitionId());
    return ids.stream().distinct().toList();
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
