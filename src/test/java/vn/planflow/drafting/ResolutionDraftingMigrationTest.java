package vn.planflow.drafting;

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
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.engine.ModelDeployment;
import vn.planflow.engine.PreviousModels;
import vn.planflow.engine.RunningInstanceMigration;

/**
 * Plans started on the previous release's {@code resolution-drafting} (deadline listeners written
 * on every task) carry on after the upgrade (listeners declared once): migrated, they keep their
 * tasks and deadline timers, and run every stage to the issued resolution.
 */
@PlanflowTest
class ResolutionDraftingMigrationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ModelDeployment models;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPlanStartedOnThePreviousModelFinishesOnTheNewOne() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 3, 2), 9));
    PreviousModels.deploy(engine, PreviousModels.RELEASE_2026_11);
    DraftingDriver surveying = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong",
        Vars.SURVEY_DUE, "2026-03-13"));
    DraftingDriver deciding = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te"))
        .surveyed().drafted().budgetDone().sentBackBy(Tasks.UBND_DECISION, "Bổ sung lộ trình");
    String previous = surveying.instance.getProcessDefinitionId();
    List<Date> timersBefore = timers(surveying);
    // the survey's deadline, and the reminder and escalation of each agency's survey task
    assertThat(timersBefore).hasSize(5);

    PreviousModels.upgrade(engine, models);
    ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ResolutionDrafting.KEY).latestVersion().singleResult();
    assertThat(latest.getId()).isNotEqualTo(previous);
    assertThat(new RunningInstanceMigration(engine).migrateAll()).isGreaterThanOrEqualTo(2);

    for (DraftingDriver plan : List.of(surveying, deciding)) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.instance.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(latest.getId());
    }
    assertThat(timers(surveying)).containsExactlyInAnyOrderElementsOf(timersBefore);
    assertThat(deciding.instance).isWaitingAt(Tasks.REVISE_DRAFTS);

    // the migrated reminder still fires, through the listener the new model declares once
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 3, 11), 18));
    List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(surveying.instance.getId())
        .executable().list();
    assertThat(due).hasSize(2);
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));

    surveying.surveyed().drafted().budgetDone().approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER).approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER).approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);
    assertThat(surveying.instance).isEnded();
    deciding.revised().approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER).approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER).approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);
    assertThat(deciding.instance).isEnded();

    // the migration left the newest definition whole: a plan started after it is chased as before
    DraftingDriver later = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong"));
    assertThat(later.open(Tasks.SUBMIT_SURVEY_REPORT)).hasSize(2).allSatisfy(task -> assertThat(engine
        .getManagementService().createJobQuery().timers().executionId(task.getExecutionId()).count()).isEqualTo(2));
  }

  @Test
  void plansOfRelease202612GetStageFivesDossierAndABudgetThatCanBeSentBack() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 3, 2), 9));
    PreviousModels.deploy(engine, PreviousModels.RELEASE_2026_12, models);
    DraftingDriver surveying = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te"));
    DraftingDriver consulting = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te")).surveyed();
    consulting.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo"));
    consulting.open(Tasks.COMMENT_ON_DRAFT).forEach(task -> engine.getTaskService().complete(task.getId()));
    consulting.complete(Tasks.CONSOLIDATE_COMMENTS, Map.of());
    consulting.complete(Tasks.HOLD_WORKSHOP, Map.of(Vars.WORKSHOP_CONCLUSIONS, "Thống nhất"));
    consulting.complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 9000));
    assertThat(consulting.instance).isWaitingAt(Tasks.CONSULT_MINISTRY, Tasks.APPRAISE_BUDGET);
    String previous = consulting.instance.getProcessDefinitionId();

    PreviousModels.upgrade(engine, models);
    assertThat(new RunningInstanceMigration(engine).migrateAll()).isGreaterThanOrEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(consulting.instance.getId())
        .singleResult().getProcessDefinitionId()).isNotEqualTo(previous);

    // the migrated plan meets the new steps: the dossier before UBND, the estimate sent back
    consulting.complete(Tasks.CONSULT_MINISTRY, Map.of(Vars.MINISTRY_FEEDBACK, "Đồng ý"));
    assertThat(consulting.single(Tasks.PREPARE_UBND_DOSSIER)).hasCandidateGroup("so-khcn");
    consulting.complete(Tasks.APPRAISE_BUDGET, Map.of(Vars.BUDGET_DECISION, "revise",
        Vars.BUDGET_DECISION_NOTES, "Thiếu thuyết minh"));
    assertThat(consulting.instance).isWaitingAt(Tasks.PREPARE_UBND_DOSSIER, Tasks.PREPARE_BUDGET_ESTIMATE);
    consulting.budgetDone();
    consulting.complete(Tasks.PREPARE_UBND_DOSSIER, Map.of());
    consulting.approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER).approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER).approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);
    assertThat(consulting.instance).isEnded().hasPassed(ResolutionDrafting.Elements.IMPLEMENTATION_PLAN_REQUESTED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(consulting.instance.getId()).variableName(Vars.IMPLEMENTATION_PLAN_REQUEST).count()).isOne();

    // a plan surveying at the upgrade has no outline task (its survey opened without one) and reports to UBND
    assertThat(surveying.open(Tasks.SEND_REPORT_OUTLINE)).isEmpty();
    surveying.surveyed();
    assertThat(surveying.instance).hasPassed(ResolutionDrafting.Elements.REPORT_SYNTHESIS_TO_UBND)
        .isWaitingAt(Tasks.DRAFT_DOCUMENTS);
    assertThat(surveying.variable(Vars.SYNTHESIS_REPORTED_TO)).isEqualTo("ubnd-tinh");
  }

  private List<Date> timers(DraftingDriver plan) {
    return engine.getManagementService().createJobQuery().processInstanceId(plan.instance.getId()).timers()
        .list().stream().map(Job::getDuedate).toList();
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
