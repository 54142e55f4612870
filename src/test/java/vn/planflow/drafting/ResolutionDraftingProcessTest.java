package vn.planflow.drafting;

import vn.planflow.agency.AgencyType;

import vn.planflow.agency.AgencyDirectory;

import vn.planflow.agency.Agency;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.drafting.ResolutionDrafting.Elements;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

@PlanflowTest
class ResolutionDraftingProcessTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachTaskInTheListSaysItsAgencyAndItsPlan() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.TITLE, "Kế hoạch chuyển đổi số năm 2027 của tỉnh"));

    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT)).extracting(Task::getName).containsExactlyInAnyOrder(
        "Báo cáo hiện trạng ứng dụng CNTT, chuyển đổi số · Sở Y tế · Kế hoạch chuyển đổi số năm 2027 của tỉnh",
        "Báo cáo hiện trạng ứng dụng CNTT, chuyển đổi số · Sở Công Thương · Kế hoạch chuyển đổi số năm 2027 của tỉnh");
    // Cockpit and the history name the plan: started without a business key, it takes the title
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.instance.getId())
        .singleResult().getBusinessKey()).isEqualTo("Kế hoạch chuyển đổi số năm 2027 của tỉnh");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(plan.instance.getId()).singleResult().getBusinessKey())
        .isEqualTo("Kế hoạch chuyển đổi số năm 2027 của tỉnh");
  }

  @Test
  void runsEveryStageInTheSeedsOrderToTheIssuedResolution() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());

    assertThat(plan.instance).isWaitingAt(Tasks.SUBMIT_SURVEY_REPORT);
    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT)).hasSize(2);
    plan.surveyed();
    assertThat(plan.instance).isWaitingAt(Tasks.DRAFT_DOCUMENTS, Tasks.PREPARE_BUDGET_ESTIMATE);
    assertThat(plan.single(Tasks.DRAFT_DOCUMENTS)).hasCandidateGroup("so-khcn");
    plan.drafted();
    assertThat(plan.single(Tasks.UBND_DECISION)).hasCandidateGroup("ubnd-tinh");
    plan.budgetDone()
        .approvedBy(Tasks.UBND_DECISION);
    assertThat(plan.single(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)).hasCandidateGroup("vp-ubnd");
    plan.dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER);
    assertThat(plan.single(Tasks.STANDING_COMMITTEE_DECISION)).hasCandidateGroup("tinh-uy");
    plan.approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER);
    assertThat(plan.single(Tasks.EXECUTIVE_COMMITTEE_DECISION)).hasCandidateGroup("bch-dang-bo");
    plan.approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);

    assertThat(plan.instance).hasPassedInOrder(Tasks.SUBMIT_SURVEY_REPORT, Tasks.SYNTHESIZE_SURVEY,
        Tasks.DRAFT_DOCUMENTS, Tasks.COMMENT_ON_DRAFT, Tasks.CONSOLIDATE_COMMENTS, Tasks.HOLD_WORKSHOP,
        Tasks.CONSULT_MINISTRY, Tasks.PREPARE_UBND_DOSSIER, Tasks.UBND_DECISION, Tasks.STANDING_COMMITTEE_DECISION,
        Tasks.EXECUTIVE_COMMITTEE_DECISION, Elements.END);
    assertThat(plan.instance).hasNotPassed(Tasks.REVISE_DRAFTS).isEnded();
  }

  @Test
  void stageFiveHasItsDossierPreparedByTheLeadBeforeUbndDecides() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed();
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo"));
    plan.open(Tasks.COMMENT_ON_DRAFT).forEach(task -> engine.getTaskService().complete(task.getId()));
    plan.complete(Tasks.CONSOLIDATE_COMMENTS, Map.of());
    plan.complete(Tasks.HOLD_WORKSHOP, Map.of(Vars.WORKSHOP_CONCLUSIONS, "Thống nhất"));
    plan.complete(Tasks.CONSULT_MINISTRY, Map.of(Vars.MINISTRY_FEEDBACK, "Đồng ý"));

    assertThat(plan.instance).isWaitingAt(Tasks.PREPARE_UBND_DOSSIER, Tasks.PREPARE_BUDGET_ESTIMATE);
    Task dossier = plan.single(Tasks.PREPARE_UBND_DOSSIER);
    assertThat(dossier).hasCandidateGroup("so-khcn");
    assertThat(dossier.getDueDate()).isEqualTo(plan.variable(Vars.UBND_DUE));
    plan.complete(Tasks.PREPARE_UBND_DOSSIER, Map.of("dossierNotes", "Tờ trình số 12/TTr-SKHCN"));
    assertThat(plan.single(Tasks.UBND_DECISION)).hasCandidateGroup("ubnd-tinh");
    assertThat((String) plan.variable(Vars.DECISION_HISTORY_TEXT)).contains("Hồ sơ trình. Tờ trình số 12/TTr-SKHCN");
  }

  @Test
  void theAppraisalAndTheApprovalCanSendTheEstimateBackWithAReason() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed();
    plan.complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 12500));
    // a return without a reason is refused, and nothing moves
    assertThatThrownBy(() -> plan.complete(Tasks.APPRAISE_BUDGET, Map.of(Vars.BUDGET_DECISION, "revise")))
        .hasMessageContaining("lý do trả lại dự toán (budgetDecisionNotes)");
    assertThatThrownBy(() -> plan.complete(Tasks.APPRAISE_BUDGET, Map.of(Vars.BUDGET_DECISION, "maybe")))
        .hasMessageContaining("giá trị \"maybe\" không hợp lệ");
    assertThat(plan.instance).isWaitingAt(Tasks.APPRAISE_BUDGET, Tasks.DRAFT_DOCUMENTS);

    plan.complete(Tasks.APPRAISE_BUDGET, Map.of(Vars.BUDGET_DECISION, "revise",
        Vars.BUDGET_DECISION_NOTES, "Chưa tách nguồn sự nghiệp và đầu tư"));
    Task again = plan.single(Tasks.PREPARE_BUDGET_ESTIMATE);
    assertThat(engine.getTaskService().getVariable(again.getId(), Vars.BUDGET_DECISION_NOTES))
        .isEqualTo("Chưa tách nguồn sự nghiệp và đầu tư");
    plan.complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 11800));
    plan.complete(Tasks.APPRAISE_BUDGET, Map.of());
    plan.complete(Tasks.APPROVE_BUDGET, Map.of(Vars.BUDGET_DECISION, "revise",
        Vars.BUDGET_DECISION_NOTES, "Giảm theo khả năng cân đối"));
    assertThat(plan.instance).isWaitingAt(Tasks.PREPARE_BUDGET_ESTIMATE, Tasks.DRAFT_DOCUMENTS);
    plan.budgetDone();

    assertThat(plan.instance).hasPassedInOrder(Tasks.APPRAISE_BUDGET, Tasks.PREPARE_BUDGET_ESTIMATE,
        Tasks.APPRAISE_BUDGET, Tasks.APPROVE_BUDGET, Tasks.PREPARE_BUDGET_ESTIMATE, Tasks.APPROVE_BUDGET);
    assertThat(plan.open(Tasks.PREPARE_BUDGET_ESTIMATE)).isEmpty();
    assertThat(plan.variable(Vars.BUDGET_DECISION)).isNull();
  }

  @Test
  void recordsEveryAgencysReportAndCommentForTheLeadAgency() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());
    for (Task task : plan.open(Tasks.SUBMIT_SURVEY_REPORT)) {
      engine.getTaskService().complete(task.getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo " + task.getId()));
    }
    assertThat((String) plan.variable(Vars.SURVEY_REPORTS_TEXT))
        .contains("Sở Y tế", "Sở Công Thương");
    plan.complete(Tasks.SYNTHESIZE_SURVEY, Map.of(Vars.SYNTHESIS_SUMMARY, "Tổng hợp"));
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo"));

    List<Task> comments = plan.open(Tasks.COMMENT_ON_DRAFT);
    assertThat(comments).extracting(task -> engine.getTaskService().getIdentityLinksForTask(task.getId())
        .get(0).getGroupId()).containsExactlyInAnyOrder("so-y-te", "so-cong-thuong");
    engine.getTaskService().complete(comments.get(0).getId(), Map.of(Vars.COMMENT, "Bổ sung chỉ tiêu"));
    engine.getTaskService().complete(comments.get(1).getId(), Map.of(Vars.COMMENT, ""));

    assertThat(plan.single(Tasks.CONSOLIDATE_COMMENTS)).hasCandidateGroup("so-khcn");
    assertThat((String) plan.variable(Vars.COMMENTS_TEXT))
        .contains("Bổ sung chỉ tiêu", DraftingRecord.AGREES);
  }

  @Test
  void ubndRevisionGoesBackToTheLeadAndThenToUbndAgain() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed().drafted()
        .sentBackBy(Tasks.UBND_DECISION, "Làm rõ nguồn kinh phí");

    assertThat(plan.single(Tasks.REVISE_DRAFTS)).hasCandidateGroup("so-khcn");
    assertThat(plan.variable(Vars.REVISION_BODY_NAME)).asString().contains("Ủy ban nhân dân tỉnh");
    plan.revised();
    assertThat(plan.single(Tasks.UBND_DECISION)).hasCandidateGroup("ubnd-tinh");
    assertThat(plan.variable(Vars.DECISION)).as("the earlier answer is cleared").isNull();
    assertThat(plan.variable(Vars.DRAFT_SUMMARY)).isEqualTo("Dự thảo bản 2");
    plan.approvedBy(Tasks.UBND_DECISION);
    assertThat(plan.instance).isWaitingAt(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER, Tasks.PREPARE_BUDGET_ESTIMATE);
    assertThat((String) plan.variable(Vars.DECISION_HISTORY_TEXT))
        .contains("Yêu cầu chỉnh sửa, bổ sung. Làm rõ nguồn kinh phí", "Đã chỉnh sửa, hoàn thiện dự thảo. Đã bổ sung chỉ tiêu 2030",
            "Thông qua");
  }

  @Test
  void standingCommitteeRevisionGoesBackToTheStandingCommittee() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed().drafted()
        .approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)
        .sentBackBy(Tasks.STANDING_COMMITTEE_DECISION, "Bổ sung giải pháp nhân lực");

    plan.revised();
    assertThat(plan.single(Tasks.STANDING_COMMITTEE_DECISION)).hasCandidateGroup("tinh-uy");
    plan.approvedBy(Tasks.STANDING_COMMITTEE_DECISION);
    assertThat(plan.single(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER)).hasCandidateGroup("vp-ubnd");
  }

  @Test
  void executiveCommitteeRevisionGoesBackToTheExecutiveCommitteeThenEnds() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed().drafted().budgetDone()
        .approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)
        .approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER)
        .sentBackBy(Tasks.EXECUTIVE_COMMITTEE_DECISION, "Điều chỉnh mục tiêu 2030");

    plan.revised();
    assertThat(plan.single(Tasks.EXECUTIVE_COMMITTEE_DECISION)).hasCandidateGroup("bch-dang-bo");
    plan.approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);
    assertThat(plan.instance).hasPassed(Tasks.REVISE_DRAFTS).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(plan.instance.getId()).variableName(Vars.RESOLUTION_NUMBER).singleResult().getValue())
        .isEqualTo("09-NQ/TU");
  }

  @Test
  void budgetBranchRunsBesideTheDraftingAndIsAssignedLeadFinanceUbnd() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed();

    assertThat(plan.single(Tasks.PREPARE_BUDGET_ESTIMATE)).hasCandidateGroup("so-khcn");
    plan.complete(Tasks.PREPARE_BUDGET_ESTIMATE, Map.of("budgetAmount", 12500));
    assertThat(plan.single(Tasks.APPRAISE_BUDGET)).hasCandidateGroup("so-tai-chinh");
    plan.complete(Tasks.APPRAISE_BUDGET, Map.of());
    assertThat(plan.single(Tasks.APPROVE_BUDGET)).hasCandidateGroup("ubnd-tinh");
    assertThat(plan.instance).isWaitingAt(Tasks.DRAFT_DOCUMENTS, Tasks.APPROVE_BUDGET);
  }

  @Test
  void doesNotEndBeforeTheBudgetIsApproved() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed().drafted()
        .approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)
        .approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER)
        .approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);

    assertThat(plan.instance).isNotEnded().isWaitingAt(Tasks.PREPARE_BUDGET_ESTIMATE);
    plan.budgetDone();
    assertThat(plan.instance).hasPassed(Elements.JOIN_BUDGET_BRANCH).isEnded();
  }

  @Test
  void surveysOnlyTheGivenAgenciesWhenASubsetIsNamed() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te, so-cong-thuong,so-y-te"));

    List<Task> tasks = plan.open(Tasks.SUBMIT_SURVEY_REPORT);
    assertThat(tasks).hasSize(2);
    assertThat(tasks).extracting(task -> engine.getTaskService().getIdentityLinksForTask(task.getId())
        .get(0).getGroupId()).containsExactlyInAnyOrder("so-y-te", "so-cong-thuong");
    assertThat(plan.variable(Vars.SURVEY_AGENCIES)).isEqualTo("so-y-te,so-cong-thuong");
  }

  @Autowired
  AgencyDirectory directory;

  @Test
  void surveysEveryDepartmentAndCommuneValidOnTheStartDayByDefaultTheLeadExcepted() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.SURVEY_AGENCIES, null);
    DraftingDriver plan = DraftingDriver.start(engine, variables);

    List<String> expected = directory.ofTypes(java.util.EnumSet.of(AgencyType.DEPARTMENT, AgencyType.DISTRICT,
        AgencyType.COMMUNE), directory.today()).stream().map(Agency::id).filter(id -> !id.equals("so-khcn")).toList();
    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT)).hasSize(expected.size());
    assertThat(expected).as("communes since 01/7/2025, no district").hasSizeGreaterThan(130)
        .noneMatch(id -> id.startsWith("ubnd-tx-") || id.equals("ubnd-quynh-luu"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).taskCandidateGroup("so-khcn").count())
        .as("the lead is not surveyed").isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId())
        .taskCandidateGroup("ubnd-tinh").count()).isZero();
    // the lead's outline form names them all, within what a String variable holds
    assertThat((String) engine.getTaskService().getVariableLocal(plan.single(Tasks.SEND_REPORT_OUTLINE).getId(),
        DraftingTaskListener.SURVEY_AGENCY_NAMES)).startsWith(expected.size() + " đơn vị: ")
        .endsWith("đơn vị khác").hasSizeLessThan(4000);
  }

  @Test
  void everyAgencysReportIsAcceptedAndTheLeadsViewKeepsTheNewestWithinTheEnginesLimit() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.SURVEY_AGENCIES, null);
    DraftingDriver plan = DraftingDriver.start(engine, variables);
    List<Task> surveys = plan.open(Tasks.SUBMIT_SURVEY_REPORT);
    for (Task task : surveys) {
      engine.getTaskService().complete(task.getId(), Map.of(Vars.REPORT_SUMMARY,
          "Kết quả nổi bật: dịch vụ công trực tuyến toàn trình; hạn chế: hạ tầng, nhân lực. ".repeat(3)));
    }

    assertThat(plan.instance).isWaitingAt(Tasks.SYNTHESIZE_SURVEY);
    assertThat(((String) plan.variable(Vars.SURVEY_REPORTS_TEXT)).length()).isLessThanOrEqualTo(4000);
    assertThatThrownBy(() -> plan.complete(Tasks.SYNTHESIZE_SURVEY, Map.of(Vars.SYNTHESIS_SUMMARY, "x".repeat(4001))))
        .hasMessageContaining("vượt quá 4000 ký tự");
  }

  @Test
  void dueDatesFollowTheSeedScheduleShiftedToTheStartDate() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 3, 2), 9));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());

    // seed: plan 11/9/2021, survey before 30/9/2021 (19 days): Saturday 21/3/2026, so Monday 23/3
    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT)).allSatisfy(task ->
        assertThat(task.getDueDate()).isEqualTo(at(LocalDate.of(2026, 3, 23), 17)));
    // synthesis 15/10/2021 (34 days): Sunday 5/4/2026, so Monday 6/4
    assertThat(plan.variable(Vars.SYNTHESIS_DUE)).isEqualTo(at(LocalDate.of(2026, 4, 6), 17));
    // seed: executive committee 15/5/2022, 246 days after the plan
    assertThat(plan.variable(Vars.EXECUTIVE_COMMITTEE_DUE)).isEqualTo(at(LocalDate.of(2026, 11, 3), 17));
    assertThat(engine.getTaskService().getVariableLocal(plan.open(Tasks.SUBMIT_SURVEY_REPORT).get(0).getId(),
        Vars.DUE_DATE_TEXT)).isEqualTo("23/03/2026");
  }

  @Test
  void aDefaultDueDateFallingInTetMovesToTheFirstWorkingDayAfterIt() {
    // a plan started 26/1/2026: the survey's 19 days end on 14/2/2026, the first day of the Tết break
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 26), 9));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());

    assertThat(plan.variable(Vars.SURVEY_DUE)).isEqualTo(at(LocalDate.of(2026, 2, 23), 17));
  }

  @Test
  void refusesTimerSettingsThatAreNoDurations() {
    assertThatThrownBy(() -> DraftingDriver.start(engine, Map.of(Vars.REMINDER_BEFORE, "2 ngày")))
        .hasMessageContaining("\"2 ngày\" (biến reminderBefore) không phải là khoảng thời gian ISO-8601");
  }

  @Test
  void dueDatesGivenAtStartWinAndFormDatesAreRead() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2021, 9, 11), 9));
    Date surveyDue = at(LocalDate.of(2021, 9, 30), 17);
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_DUE, surveyDue,
        Vars.SYNTHESIS_DUE, "2021-10-30"));

    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT).get(0).getDueDate()).isEqualTo(surveyDue);
    plan.surveyed();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(plan.instance.getId())
        .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).singleResult().getDueDate())
        .isEqualTo(at(LocalDate.of(2021, 10, 30), 17));
    assertThat(plan.single(Tasks.DRAFT_DOCUMENTS).getDueDate()).isEqualTo(at(LocalDate.of(2021, 11, 15), 17));
  }

  @Test
  void refusesToStartWithAnUnknownAgencyOrDate() {
    assertThatThrownBy(() -> DraftingDriver.start(engine, Map.of(Vars.LEAD_AGENCY, "so-khong-co",
        Vars.SURVEY_DUE, "30/9")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Không có đơn vị mã \"so-khong-co\"")
        .hasMessageContaining("không phải là ngày hợp lệ");
  }

  @Test
  void refusesASurveyReportWithoutSummaryAndStaysWhereItWas() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());
    Task task = plan.open(Tasks.SUBMIT_SURVEY_REPORT).get(0);

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of(Vars.REPORT_SUMMARY, "  ")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Vui lòng nhập tóm tắt báo cáo khảo sát (reportSummary)");
    assertThat(plan.open(Tasks.SUBMIT_SURVEY_REPORT)).hasSize(2);
    assertThat(plan.variable(Vars.SURVEY_REPORTS_TEXT)).isNull();
  }

  @Test
  void refusesDecisionsWithoutWhatTheyRequire() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed().drafted();
    String ubnd = plan.single(Tasks.UBND_DECISION).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(ubnd, Map.of()))
        .hasMessageContaining("Vui lòng chọn ý kiến (decision)");
    assertThatThrownBy(() -> engine.getTaskService().complete(ubnd, Map.of(Vars.DECISION, "maybe")))
        .hasMessageContaining("giá trị \"maybe\" không hợp lệ");
    assertThatThrownBy(() -> engine.getTaskService().complete(ubnd, Map.of(Vars.DECISION, "revise")))
        .hasMessageContaining("nội dung yêu cầu chỉnh sửa (decisionNotes)");
    assertThat(plan.instance).isWaitingAt(Tasks.UBND_DECISION);

    plan.approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER);
    String standing = plan.single(Tasks.STANDING_COMMITTEE_DECISION).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(standing, Map.of()))
        .as("the UBND's decision does not answer for the standing committee")
        .hasMessageContaining("Vui lòng chọn ý kiến (decision)");
    plan.approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER);
    String executive = plan.single(Tasks.EXECUTIVE_COMMITTEE_DECISION).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(executive, Map.of(Vars.DECISION, "approved")))
        .hasMessageContaining("số Nghị quyết được ban hành (resolutionNumber)");
    assertThat(plan.instance).isWaitingAt(Tasks.EXECUTIVE_COMMITTEE_DECISION, Tasks.PREPARE_BUDGET_ESTIMATE);
  }

  @Test
  void refusesTheLeadsStagesWithoutTheirSummaries() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of());
    for (Task task : plan.open(Tasks.SUBMIT_SURVEY_REPORT)) {
      engine.getTaskService().complete(task.getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo"));
    }
    assertThatThrownBy(() -> plan.complete(Tasks.SYNTHESIZE_SURVEY, Map.of()))
        .hasMessageContaining("(synthesisSummary)");
    plan.complete(Tasks.SYNTHESIZE_SURVEY, Map.of(Vars.SYNTHESIS_SUMMARY, "Tổng hợp"));
    assertThatThrownBy(() -> plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of()))
        .hasMessageContaining("(draftSummary)");
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(HANOI).toInstant());
  }
}
