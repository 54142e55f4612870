package vn.planflow.plan;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.planflow.plan.PlanProcesses.Plan;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.plan.PlanProcesses.Vars;

@PlanflowTest
class PlanProcessesTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String THREE_TASKS = """
      1;Nhiệm vụ có hạn;Sở Y tế;Sở Tài chính, Sở Nội vụ;Kết quả 1;Trước ngày 30/6/2025
      2;Nhiệm vụ thường xuyên;Sở Công Thương;;Kết quả 2;Thường xuyên
      3;Nhiệm vụ chờ hướng dẫn;Sở Tư pháp;;Kết quả 3;Theo hướng dẫn của Bộ Nội vụ
      """;

  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanImport planImport;

  @BeforeEach
  void setUp() {
    init(engine);
    clock(LocalDate.of(2025, 1, 6), LocalTime.of(9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void importsThe2024PlanWith46TasksEachTrackedAtItsLeadAgency() throws IOException {
    byte[] table = new ClassPathResource("plans/ke-hoach-1004-2024.xlsx").getContentAsByteArray();

    PlanImport.StartedPlan plan = planImport.start(new PlanImport.Request("ke-hoach-1004-2024.xlsx", table,
        "Kế hoạch chuyển đổi số tỉnh Nghệ An năm 2024", null, null, "19/12/2023", null, true));

    int leads = PlanImportFixtures.reader().read("a.xlsx", table, new PlanContext("so-tttt",
        LocalDate.of(2023, 12, 19), 2024, LocalDate.of(2023, 12, 19))).taskCount();
    // TX Cửa Lò, a lead in 2023, joined TP Vinh on 01/11/2024: its tasks are TP Vinh's, once
    int expected = leads - 2;
    assertThat(plan.taskCount()).as("a task per lead agency of the 46 rows").isEqualTo(expected);
    List<ProcessInstance> tasks = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(plan.processInstanceId()).list();
    assertThat(tasks.stream().map(ProcessInstance::getBusinessKey).distinct()).as("one business key a row")
        .hasSize(46);
    assertThat(tasks).hasSize(expected).allSatisfy(task -> {
      assertThat(task.getBusinessKey()).startsWith(plan.processInstanceId() + ":");
      Task report = engine.getTaskService().createTaskQuery().processInstanceId(task.getId())
          .taskDefinitionKey(PlanTask.REPORT_PROGRESS).singleResult();
      assertThat(report).hasCandidateGroup((String) engine.getRuntimeService().getVariable(task.getId(), Vars.LEAD_AGENCY));
      assertThat(report.getDueDate()).isNotNull();
    });
    assertThat(engine.getRuntimeService().getVariable(plan.processInstanceId(), Vars.LEAD_AGENCY))
        .as("in charge of digital transformation on the plan's date").isEqualTo("so-tttt");
    assertThat(engine.getRuntimeService().getVariable(plan.processInstanceId(), Vars.REPORT_EVERY)).isEqualTo("P6M");
  }

  @Test
  void aRowWithSeveralLeadsGivesEachItsTaskAndAsksItsCoordinatorsOnce() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport,
        "1;Chuyên mục chuyển đổi số;Đài PT&TH, Báo Nghệ An;Sở Y tế, Sở Tư pháp;;Trước ngày 30/6/2025\n", null);

    List<ProcessInstance> tasks = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(plan.planId + ":1").list();
    assertThat(tasks).hasSize(2);
    assertThat(tasks).extracting(task -> engine.getRuntimeService().getVariable(task.getId(), Vars.LEAD_AGENCY))
        .containsExactlyInAnyOrder("dai-pthtt", "bao-nghe-an");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.planId + ":1")
        .taskDefinitionKey(PlanTask.REPORT_PROGRESS).list()).hasSize(2);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.planId + ":1")
        .taskDefinitionKey(PlanTask.CONTRIBUTE_TO_REPORT).list()).as("each coordinator once a cycle")
        .extracting(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("so-y-te", "so-tu-phap");
  }

  @Test
  void deadlinesAsThePlansWriteThemRecurringDutiesEventsAndDaysFrom() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, """
        1;Bản tin chuyển đổi số;Sở Y tế;;;Hằng quý
        2;Tài khoản định danh tổ chức;Công an tỉnh;;;"Theo hướng dẫn của Bộ Công an; bảo đảm không gián đoạn từ ngày 01/7/2025"
        3;Trực hỗ trợ người dân;Sở Tư pháp;;;Thực hiện từ ngày 01/7/2025
        """, null);

    assertThat(plan.variable("1", "recurrence")).isEqualTo("P3M");
    assertThat(plan.variable("1", Vars.REPORT_EVERY)).as("a quarterly duty reports every quarter").isEqualTo("P3M");
    assertThat(plan.single("1", PlanTask.REPORT_PROGRESS).getDueDate())
        .as("three months after the start: 6/4/2025 a Sunday, 7/4 Giỗ Tổ Hùng Vương").isEqualTo(at(LocalDate.of(2025, 4, 8), 17));
    assertThat(plan.variable("2", Vars.DEADLINE_KIND)).isEqualTo("event");
    assertThat(plan.variable("2", "deadlineEvent")).isEqualTo("Theo hướng dẫn của Bộ Công an");
    assertThat(plan.variable("2", Vars.WINDOW_START)).isEqualTo(at(LocalDate.of(2025, 7, 1), 17));
    assertThat(plan.variable("3", Vars.DEADLINE_KIND)).isEqualTo("continuous");
    assertThat(plan.variable("3", Vars.WINDOW_START)).as("the day it holds from").isEqualTo(at(LocalDate.of(2025, 7, 1), 17));
  }

  @Test
  void eachRowCarriesTheContractsVariablesAndReportsAtItsDeadlineOrAfterSixMonths() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, THREE_TASKS, null);

    assertThat(plan.variable("1", Vars.TASK_TITLE)).isEqualTo("Nhiệm vụ có hạn");
    assertThat(plan.variable("1", Vars.COORDINATING_AGENCIES)).isEqualTo("so-tai-chinh,so-noi-vu");
    assertThat(plan.variable("1", Vars.DEADLINE_KIND)).isEqualTo("fixed");
    assertThat(plan.variable("1", Vars.DEADLINE_TEXT)).isEqualTo("Trước ngày 30/6/2025");
    assertThat(plan.variable("1", Vars.DUE)).isEqualTo(at(LocalDate.of(2025, 6, 30), 17));
    assertThat(plan.variable("2", Vars.DEADLINE_KIND)).isEqualTo("continuous");
    assertThat(plan.variable("2", Vars.DUE)).isNull();

    Task fixedReport = plan.single("1", PlanTask.REPORT_PROGRESS);
    assertThat(fixedReport).hasCandidateGroup("so-y-te");
    assertThat(fixedReport.getDueDate()).isEqualTo(at(LocalDate.of(2025, 6, 30), 17));
    // 6/7/2025 is a Sunday: the first report of a continuous task falls on Monday 7/7
    assertThat(plan.single("2", PlanTask.REPORT_PROGRESS).getDueDate()).isEqualTo(at(LocalDate.of(2025, 7, 7), 17));
    // contributions five working days before the report
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.planId + ":1")
        .taskDefinitionKey(PlanTask.CONTRIBUTE_TO_REPORT).list())
        .hasSize(2)
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(at(LocalDate.of(2025, 6, 23), 17)))
        .extracting(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("so-tai-chinh", "so-noi-vu");
  }

  @Test
  void aWindowTaskReportsAtTheEndOfItsWindowAndIsRemindedBeforeIt() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport,
        "1;Chuyển đổi dữ liệu;Sở Nội vụ;;;Từ 01/7/2025 đến 07/7/2025\n", null);

    assertThat(plan.variable("1", Vars.DEADLINE_KIND)).isEqualTo("window");
    assertThat(plan.variable("1", Vars.WINDOW_START)).isEqualTo(at(LocalDate.of(2025, 7, 1), 17));
    Task report = plan.single("1", PlanTask.REPORT_PROGRESS);
    assertThat(report.getDueDate()).isEqualTo(at(LocalDate.of(2025, 7, 7), 17));
    // the reminder timer two working days before Monday 7/7: Thursday 3/7
    assertThat(engine.getManagementService().createJobQuery().timers().executionId(report.getExecutionId()).list())
        .extracting(job -> job.getDuedate())
        .contains(at(LocalDate.of(2025, 7, 3), 17), at(LocalDate.of(2025, 7, 7), 17));
  }

  @Test
  void anEventTaskWaitsForItsDeadlineThroughTheDeadlineSetMessage() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, THREE_TASKS, null);
    ProcessInstance eventTask = plan.taskInstance("3");
    assertThat(eventTask).isWaitingAt(PlanTask.DEADLINE_SET_EVENT);

    engine.getRuntimeService().createMessageCorrelation(PlanTask.DEADLINE_SET_MESSAGE)
        .processInstanceBusinessKey(plan.planId + ":3")
        .setVariable(Vars.DUE, at(LocalDate.of(2025, 3, 31), 17))
        .correlate();

    assertThat(eventTask).isWaitingAt(PlanTask.REPORT_PROGRESS);
    assertThat(plan.single("3", PlanTask.REPORT_PROGRESS).getDueDate()).isEqualTo(at(LocalDate.of(2025, 3, 31), 17));
  }

  @Test
  void aDeadlineSetOutsideTheTasksSpanOrNoDateIsRefusedAndTheTaskKeepsWaiting() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, THREE_TASKS, null);
    ProcessInstance eventTask = plan.taskInstance("3");

    for (Object due : List.of("sớm thôi", at(LocalDate.of(2024, 12, 31), 17), at(LocalDate.of(2040, 1, 31), 17))) {
      assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(PlanTask.DEADLINE_SET_MESSAGE)
          .processInstanceBusinessKey(plan.planId + ":3").setVariable(Vars.DUE, due).correlate())
          .hasMessageContaining("(biến due)");
      assertThat(eventTask).isWaitingAt(PlanTask.DEADLINE_SET_EVENT);
    }
    engine.getRuntimeService().createMessageCorrelation(PlanTask.DEADLINE_SET_MESSAGE)
        .processInstanceBusinessKey(plan.planId + ":3").setVariable(Vars.DUE, "2025-06-30").correlate();
    assertThat(plan.single("3", PlanTask.REPORT_PROGRESS).getDueDate()).isEqualTo(at(LocalDate.of(2025, 6, 30), 17));
  }

  @Test
  void contributionsReachTheLeadAndAReportOpensTheNextCycleAfterSixMonths() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, THREE_TASKS, null);
    for (Task contribution : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.planId + ":1")
        .taskDefinitionKey(PlanTask.CONTRIBUTE_TO_REPORT).list()) {
      engine.getTaskService().complete(contribution.getId(), Map.of(Vars.CONTRIBUTION, "Đã bố trí kinh phí"));
    }
    assertThat((String) plan.variable("1", Vars.CONTRIBUTIONS_TEXT)).contains("Sở Tài chính", "Sở Nội vụ", "Đã bố trí kinh phí");

    plan.complete("2", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "on-track", Vars.PROGRESS_NOTE, "Đúng tiến độ"));
    assertThat(plan.taskInstance("2")).isWaitingAt(PlanTask.NEXT_REPORT_TIMER);

    clock(LocalDate.of(2025, 7, 7), LocalTime.of(17, 1));
    plan.fireDueJobs();

    assertThat(plan.single("2", PlanTask.REPORT_PROGRESS).getDueDate()).isEqualTo(at(LocalDate.of(2026, 1, 6), 17));
    assertThat((String) plan.variable("2", Vars.PROGRESS_HISTORY_TEXT)).contains("Đúng tiến độ");
  }

  @Test
  void theLeadVerifiesACompletionAndCanSendItBackWithAReason() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, THREE_TASKS, null);
    plan.complete("1", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Đã xong"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(plan.planId + ":1")
        .taskDefinitionKey(PlanTask.CONTRIBUTE_TO_REPORT).count())
        .as("the report closes the cycle's contributions still open").isZero();

    Task verification = plan.single("1", PlanTask.VERIFY_COMPLETION);
    assertThat(verification).hasCandidateGroup("so-tttt");
    assertThatThrownBy(() -> engine.getTaskService().complete(verification.getId(),
        Map.of(Vars.VERIFICATION_RESULT, "rejected")))
        .hasMessageContaining("lý do trả lại (verificationNote)");
    engine.getTaskService().complete(verification.getId(),
        Map.of(Vars.VERIFICATION_RESULT, "rejected", Vars.VERIFICATION_NOTE, "Thiếu văn bản ban hành"));

    assertThat(plan.taskInstance("1")).isWaitingAt(PlanTask.REPORT_PROGRESS);
    plan.complete("1", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Đã bổ sung"));
    ProcessInstance task = plan.taskInstance("1");
    plan.complete("1", PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));

    assertThat(task).hasPassed(PlanTask.END).isEnded();
  }

  @Test
  void refusesAReportWithoutStatusOrNote() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, THREE_TASKS, null);
    String report = plan.single("2", PlanTask.REPORT_PROGRESS).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(report, Map.of(Vars.PROGRESS_STATUS, "xong")))
        .hasMessageContaining("giá trị \"xong\" không hợp lệ")
        .hasMessageContaining("nội dung báo cáo tiến độ (progressNote)");
    assertThat(plan.taskInstance("2")).isWaitingAt(PlanTask.REPORT_PROGRESS);
  }

  @Test
  void atEachReportDateTheLeadConsolidatesWithCountsAndSendsItToUbnd() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, """
        1;Hoàn thành đúng hạn;Sở Y tế;;;Trước ngày 30/6/2025
        2;Hoàn thành quá hạn;Sở Công Thương;;;Trước ngày 31/3/2025
        3;Đang thực hiện trong hạn;Sở Tư pháp;;;Trước ngày 31/12/2025
        4;Quá hạn;Sở Nội vụ;;;Trước ngày 30/4/2025
        5;Thường xuyên;Sở Tài chính;;;Thường xuyên
        """, null);
    plan.complete("1", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Xong"));
    plan.complete("1", PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));
    clock(LocalDate.of(2025, 4, 10), LocalTime.of(9, 0));
    plan.fireDueJobs();
    plan.complete("2", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Xong muộn"));
    plan.complete("2", PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));

    clock(LocalDate.of(2025, 7, 7), LocalTime.of(17, 1));
    plan.fireDueJobs();

    Task consolidation = plan.planTask(Plan.CONSOLIDATE_PROGRESS);
    // Sở TT&TT, the plan's lead when it was imported, ended on 28/02/2025: Sở KH&CN consolidates
    assertThat(consolidation).isNotNull().hasCandidateGroup("so-khcn");
    Map<String, Object> counts = engine.getRuntimeService().getVariables(plan.planId, List.of(Vars.DONE_ON_TIME_COUNT,
        Vars.DONE_LATE_COUNT, Vars.IN_PROGRESS_COUNT, Vars.OVERDUE_COUNT));
    assertThat(counts).containsEntry(Vars.DONE_ON_TIME_COUNT, 1L).containsEntry(Vars.DONE_LATE_COUNT, 1L)
        .containsEntry(Vars.IN_PROGRESS_COUNT, 2L).containsEntry(Vars.OVERDUE_COUNT, 1L);
    assertThat((String) engine.getRuntimeService().getVariable(plan.planId, Vars.CONSOLIDATION_TABLE))
        .contains("[4] Quá hạn — Sở Nội vụ — Thời hạn: 30/04/2025 — Quá hạn chưa hoàn thành");

    assertThatThrownBy(() -> engine.getTaskService().complete(consolidation.getId(), Map.of()))
        .hasMessageContaining("(consolidatedReport)");
    engine.getTaskService().complete(consolidation.getId(), Map.of(Vars.CONSOLIDATED_REPORT, "Báo cáo 6 tháng"));
    Task review = plan.planTask(Plan.REVIEW_CONSOLIDATED_REPORT);
    assertThat(review).hasCandidateGroup("ubnd-tinh");
    engine.getTaskService().complete(review.getId(), Map.of("ubndDirections", "Tập trung xử lý nhiệm vụ quá hạn"));

    ProcessInstance planInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(plan.planId).singleResult();
    assertThat(planInstance).isWaitingAt(Plan.CONSOLIDATION_TIMER);
    // the next consolidation: the plan's second report date, 6/1/2026 (a Tuesday)
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.planId).timers().singleResult()
        .getDuedate()).isEqualTo(at(LocalDate.of(2026, 1, 6), 17));
  }

  @Test
  void thePlanEndsWhenEveryTaskIsDone() {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, "1;Một nhiệm vụ;Sở Y tế;;;Trước ngày 30/6/2025\n", "P3M");
    plan.complete("1", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Xong"));
    plan.complete("1", PlanTask.VERIFY_COMPLETION, Map.of(Vars.VERIFICATION_RESULT, "accepted"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(plan.planId)
        .singleResult().getEndTime()).isNotNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.planId).count()).isZero();
  }

  private static void clock(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, time).atZone(HANOI).toInstant()));
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(HANOI).toInstant());
  }
}
