package vn.planflow.drafting;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.drafting.ResolutionDrafting.Elements;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.deadline.Lateness;
import vn.planflow.notification.OutboxSender;

/** Deadlines that bite: reminders, escalations and late agencies, by moving the engine's clock. */
@PlanflowTest
class DraftingDeadlinesTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired
  ProcessEngine engine;
  @Autowired
  OutboxSender sender;
  @Autowired
  GreenMail smtp;
  @Autowired
  Lateness lateness;

  @BeforeEach
  void setUp() throws Exception {
    init(engine);
    sender.sendDue(); // what other tests on this shared engine left in the outbox
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void remindsTheAgencyTwoWorkingDaysBeforeAndEscalatesDailyUntilDone() throws Exception {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.SURVEY_DUE, "2026-03-13"));
    Task survey = plan.single(Tasks.SUBMIT_SURVEY_REPORT);
    assertThat(timerDueDates(survey)).contains(at(LocalDate.of(2026, 3, 11), 17), at(LocalDate.of(2026, 3, 13), 17));

    clock(LocalDate.of(2026, 3, 11), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).contains("Nhắc hạn", "Báo cáo hiện trạng ứng dụng CNTT");
      assertThat(TestMails.text(mail)).contains("13/03/2026", "Sở Y tế", "2 ngày làm việc", "/camunda/app/tasklist/default/#/?task="
          + survey.getId());
    });
    assertThat(mailsTo("so-khcn@nghean.gov.vn")).as("a reminder goes to the task's agency only").isEmpty();

    clock(LocalDate.of(2026, 3, 13), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).hasSize(2);
    assertThat(mailsTo("so-khcn@nghean.gov.vn")).singleElement()
        .satisfies(mail -> assertThat(mail.getSubject()).contains("Quá hạn"));

    clock(LocalDate.of(2026, 3, 14), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    clock(LocalDate.of(2026, 3, 15), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).as("no escalation on Saturday and Sunday").hasSize(2);
    clock(LocalDate.of(2026, 3, 16), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).as("the daily repeat, in working days").hasSize(3);

    engine.getTaskService().complete(survey.getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo muộn"));
    assertThat(timerDueDates(survey)).isEmpty();
    clock(LocalDate.of(2026, 3, 17), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).as("nothing after the task is done").hasSize(3);
  }

  @Test
  void aVariableNamedLikeTheReminderListenerNeitherReplacesNorBreaksIt() throws Exception {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.SURVEY_DUE, "2026-03-13", "reminderTimeoutListener", "không phải bộ nghe"));

    clock(LocalDate.of(2026, 3, 11), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.instance.getId())
        .withException().count()).as("no failed reminder job").isZero();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).singleElement()
        .satisfies(mail -> assertThat(mail.getSubject()).contains("Nhắc hạn"));
  }

  @Test
  void escalationsRepeatInWorkingDaysAndKeepQuietOverTet() throws Exception {
    clock(LocalDate.of(2026, 2, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.SURVEY_DUE, "2026-02-12", Vars.OVERDUE_REPEAT, "P2D"));

    List<Integer> escalations = new java.util.ArrayList<>();
    for (LocalDate day = LocalDate.of(2026, 2, 12); !day.isAfter(LocalDate.of(2026, 2, 27)); day = day.plusDays(1)) {
      clock(day, LocalTime.of(17, 1));
      fireDueJobs(plan);
      sender.sendDue();
      escalations.add((int) mailsTo("so-y-te@nghean.gov.vn").stream().filter(mail -> subject(mail).contains("Quá hạn"))
          .count());
    }

    // due Thursday 12/2; Tết from Monday 16/2 to Friday 20/2; every second working day:
    // Thu 12 (due), [Fri 13], Mon 23, [Tue 24], Wed 25, [Thu 26], Fri 27
    assertThat(escalations).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4);
  }

  @Test
  void takesReminderBeforeAndOverdueRepeatLiterally() throws Exception {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    Date due = at(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.SURVEY_DUE, due, Vars.REMINDER_BEFORE, "PT10M", Vars.OVERDUE_REPEAT, "PT5M"));
    Task survey = plan.single(Tasks.SUBMIT_SURVEY_REPORT);

    assertThat(timerDueDates(survey)).contains(at(LocalDate.of(2026, 3, 2), LocalTime.of(9, 50)), due);
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 51));
    fireDueJobs(plan);
    sender.sendDue(); // a reminder still waiting at the due moment would be superseded, not sent
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 11));
    fireDueJobs(plan);
    sender.sendDue();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).extracting(MimeMessage::getSubject)
        .satisfiesExactlyInAnyOrder(s -> assertThat(s).contains("Nhắc hạn"), s -> assertThat(s).contains("Quá hạn"));
    assertThat(timerDueDates(survey)).contains(at(LocalDate.of(2026, 3, 2), LocalTime.of(10, 15)));
  }

  @Test
  void aReminderThatComesDueAfterTheDeadlineIsLeftToTheEscalations() throws Exception {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.SURVEY_DUE, at(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0)), Vars.REMINDER_BEFORE, "PT10M"));

    clock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 1));
    fireDueJobs(plan);
    sender.sendDue();

    assertThat(mailsTo("so-y-te@nghean.gov.vn")).extracting(MimeMessage::getSubject)
        .singleElement().satisfies(s -> assertThat(s).contains("Quá hạn"));
  }

  @Test
  void aReminderBeforeTetCountsOnlyWorkingDays() {
    clock(LocalDate.of(2026, 2, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.SURVEY_DUE, "2026-02-23"));

    // 14–22/2/2026 is the Tết break: two working days before Monday 23/2 is Thursday 12/2
    assertThat(timerDueDates(plan.single(Tasks.SUBMIT_SURVEY_REPORT)))
        .contains(at(LocalDate.of(2026, 2, 12), 17)).doesNotContain(at(LocalDate.of(2026, 2, 19), 17));
  }

  @Test
  void theLeadSynthesisesWithWhatItHasWhenTheSurveyDeadlinePassesAndLateReportsStillReachIt() throws Exception {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong",
        Vars.SURVEY_DUE, "2026-03-13"));
    Task onTime = plan.open(Tasks.SUBMIT_SURVEY_REPORT).stream()
        .filter(task -> "Sở Y tế".equals(engine.getTaskService().getVariableLocal(task.getId(), Vars.AGENCY_NAME)))
        .findFirst().orElseThrow();
    engine.getTaskService().complete(onTime.getId(), Map.of(Vars.REPORT_SUMMARY, "Báo cáo đúng hạn"));

    clock(LocalDate.of(2026, 3, 13), LocalTime.of(17, 1));
    fireDueJobs(plan);

    assertThat(plan.instance).hasPassed(Elements.RECORD_MISSING_SURVEY_REPORTS)
        .isWaitingAt(Tasks.SUBMIT_SURVEY_REPORT, Tasks.SYNTHESIZE_SURVEY);
    assertThat(plan.variable(Vars.MISSING_SURVEY_AGENCIES)).isEqualTo("so-cong-thuong");
    assertThat(plan.variable(Vars.MISSING_SURVEY_TEXT)).asString().contains("Sở Công Thương");
    sender.sendDue();
    assertThat(mailsTo("so-cong-thuong@nghean.gov.vn")).anySatisfy(mail ->
        assertThat(mail.getSubject()).contains("Quá hạn"));
    assertThat(mailsTo("so-khcn@nghean.gov.vn")).as("the lead is told who is late").isNotEmpty();

    clock(LocalDate.of(2026, 3, 16), LocalTime.of(10, 0));
    engine.getTaskService().complete(plan.single(Tasks.SUBMIT_SURVEY_REPORT).getId(),
        Map.of(Vars.REPORT_SUMMARY, "Báo cáo gửi muộn"));

    assertThat(plan.variable(Vars.SURVEY_REPORTS_TEXT)).asString()
        .contains("Sở Công Thương (16/03/2026 10:00, nộp muộn 1 ngày làm việc): Báo cáo gửi muộn");
    assertThat(plan.instance).hasPassed(Elements.LATE_SURVEY_REPORTS_IN).isWaitingAt(Tasks.SYNTHESIZE_SURVEY);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(plan.instance.getId())
        .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).count()).isEqualTo(1);

    Lateness.Report record = lateness.of(plan.instance.getId());
    assertThat(record.tasks()).filteredOn(task -> Tasks.SUBMIT_SURVEY_REPORT.equals(task.taskKey()))
        .extracting(Lateness.TaskLateness::agencyId, Lateness.TaskLateness::standing, Lateness.TaskLateness::workingDaysLate)
        .containsExactlyInAnyOrder(tuple("so-y-te", Lateness.Standing.ON_TIME, 0),
            tuple("so-cong-thuong", Lateness.Standing.LATE, 1));
    assertThat(record.agencies()).filteredOn(agency -> "so-cong-thuong".equals(agency.agencyId()))
        .singleElement().satisfies(agency -> {
          assertThat(agency.late()).isEqualTo(1);
          assertThat(agency.workingDaysLate()).isEqualTo(1);
        });
  }

  @Test
  void theLeadConsolidatesWithoutLateCommentsAndTheIssuedResolutionClosesTheirTasks() {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.COMMENTS_DUE, "2026-04-30")).surveyed();
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo"));
    Task first = plan.open(Tasks.COMMENT_ON_DRAFT).get(0);
    engine.getTaskService().complete(first.getId(), Map.of(Vars.COMMENT, "Đồng ý"));

    clock(LocalDate.of(2026, 4, 30), LocalTime.of(17, 1));
    fireDueJobs(plan);

    assertThat(plan.instance).hasPassed(Elements.RECORD_MISSING_COMMENTS)
        .isWaitingAt(Tasks.COMMENT_ON_DRAFT, Tasks.CONSOLIDATE_COMMENTS, Tasks.PREPARE_BUDGET_ESTIMATE);
    assertThat(plan.variable(Vars.MISSING_COMMENTS_TEXT)).asString().isNotBlank();

    plan.complete(Tasks.CONSOLIDATE_COMMENTS, Map.of());
    plan.complete(Tasks.HOLD_WORKSHOP, Map.of(Vars.WORKSHOP_CONCLUSIONS, "Kết luận"));
    plan.complete(Tasks.CONSULT_MINISTRY, Map.of(Vars.MINISTRY_FEEDBACK, "Ý kiến của Bộ"));
    plan.complete(Tasks.PREPARE_UBND_DOSSIER, Map.of());
    plan.budgetDone().approvedBy(Tasks.UBND_DECISION)
        .dossierPrepared(Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER)
        .approvedBy(Tasks.STANDING_COMMITTEE_DECISION)
        .dossierPrepared(Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER)
        .approvedBy(Tasks.EXECUTIVE_COMMITTEE_DECISION);

    assertThat(plan.instance).isEnded().hasNotPassed(Elements.LATE_COMMENTS_IN);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.instance.getId()).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.instance.getId()).count()).isZero();
  }

  @Test
  void aCommentSentAfterTheDeadlineStillReachesTheLeadMarkedLate() {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong",
        Vars.COMMENTS_DUE, "2026-04-30")).surveyed();
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo"));
    Task onTime = plan.open(Tasks.COMMENT_ON_DRAFT).get(0);
    engine.getTaskService().complete(onTime.getId(), Map.of(Vars.COMMENT, "Đồng ý"));
    clock(LocalDate.of(2026, 4, 30), LocalTime.of(17, 1));
    fireDueJobs(plan);
    assertThat(plan.instance).isWaitingAt(Tasks.COMMENT_ON_DRAFT, Tasks.CONSOLIDATE_COMMENTS);

    clock(LocalDate.of(2026, 5, 5), LocalTime.of(10, 0));
    engine.getTaskService().complete(plan.single(Tasks.COMMENT_ON_DRAFT).getId(),
        Map.of(Vars.COMMENT, "Bổ sung chỉ tiêu về dữ liệu"));

    assertThat(plan.instance).hasPassed(Elements.LATE_COMMENTS_IN).isWaitingAt(Tasks.CONSOLIDATE_COMMENTS);
    assertThat(plan.variable(Vars.COMMENTS_TEXT)).asString()
        .contains("Đồng ý", "nộp muộn", "Bổ sung chỉ tiêu về dữ liệu");
  }

  private void fireDueJobs(DraftingDriver plan) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(plan.instance.getId())
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      // one job may remove others (the survey's deadline withdraws the outline task and its timers)
      due.stream().filter(job -> engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0)
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming due");
  }

  private List<Date> timerDueDates(Task task) {
    return engine.getManagementService().createJobQuery().timers().executionId(task.getExecutionId()).list()
        .stream().map(Job::getDuedate).toList();
  }

  /** The mails delivered to this mailbox (GreenMail keeps a copy per recipient). */
  private static final String OUTLINE_TASK_NAME = "Gửi đề cương báo cáo";

  private List<MimeMessage> mailsTo(String address) {
    GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      // the survey's and the comments' mails: the lead's outline task, beside the survey, has its own test
      return smtp.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(StoredMessage::getMimeMessage).filter(mail -> !subject(mail).contains(OUTLINE_TASK_NAME)).toList();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void clock(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(at(day, time));
  }

  private static Date at(LocalDate day, int hour) {
    return at(day, LocalTime.of(hour, 0));
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(LocalDateTime.of(day, time).atZone(HANOI).toInstant());
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
