package vn.planflow.notification;

import vn.planflow.FreePorts;
import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.planflow.notification.NotificationsTest.part;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.notification.MailPreferences.Mode;
import vn.planflow.notification.NotificationLog.Entry;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.WorkingCalendar;
import vn.planflow.web.AtOnce;
import vn.planflow.web.PageForm;

/**
 * The daily digest: an official who chose it gets no reminder or escalation of their own but one
 * mail a working day at 07:30, listing their agencies' tasks due soon and overdue by plan (and, for
 * a lead agency, the overdue tasks of the plans it leads), once whatever the retries, nodes,
 * restarts and SMTP outages. Time moves with the engine's clock.
 */
@PlanflowTest
class DigestTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String HEALTH_OFFICIAL = "cv-tong-hop-yte";
  private static final String LEAD_OFFICIAL = "cv-tong-hop-khcn";
  private static final String WITHOUT_MAIL = "cv-tong-hop-khong-thu";
  private static final String PASSWORD = "thu-tong-hop-2026";
  private static final String DIGEST_GROUP = "phong-thu-tong-hop";
  private static final String SETTINGS = "https://planflow.nghean.gov.vn/ca-nhan/thong-bao";

  @Autowired
  Digests digests;
  @Autowired
  MailPreferences preferences;
  @Autowired
  Notifications notifications;
  @Autowired
  OutboxSender sender;
  @Autowired
  Outbox outbox;
  @Autowired
  NotificationLog log;
  @Autowired
  NotificationProperties properties;
  @Autowired
  JavaMailSender mailSender;
  @Autowired
  GreenMail smtp;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  DigestTasks digestTasks;
  @Autowired
  NoticeMails mails;
  @Autowired
  OutboxSignal signal;
  @Autowired
  WorkingCalendar calendar;
  @Autowired
  CalendarProperties calendarProperties;

  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void officialsOfSoYTeAndSoKhcn() throws Exception {
    clock(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    jdbc.update("DELETE FROM pf_notification");
    smtp.purgeEmailFromAllMailboxes();
    official(HEALTH_OFFICIAL, "Trần Thị", "Bình", "so-y-te", true);
    official(LEAD_OFFICIAL, "Lê Văn", "Cường", "so-khcn", true);
    official(WITHOUT_MAIL, "Phạm Văn", "Dũng", "so-y-te", false);
  }

  @AfterEach
  void cleanUp() {
    instances.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "DigestTest", true, true, true, true));
    for (String user : List.of(HEALTH_OFFICIAL, LEAD_OFFICIAL, WITHOUT_MAIL)) {
      identityService.deleteUser(user);
      jdbc.update("DELETE FROM pf_mail_preference WHERE user_id = ?", user);
    }
    identityService.deleteGroup(DIGEST_GROUP);
    jdbc.update("DELETE FROM pf_notification");
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void anOfficialWhoChoseTheDigestGetsNoReminderOfTheirOwnWhileColleaguesDo() throws Exception {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    String plan = survey("so-y-te", "2026-03-13");

    clock(LocalDate.of(2026, 3, 11), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();

    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).isEmpty();
    assertThat(mailsTo("so-y-te@nghean.gov.vn")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).startsWith("[Nhắc hạn]");
      assertThat(part(mail, "text/plain")).contains("thư tổng hợp mỗi ngày làm việc", SETTINGS);
      assertThat(part(mail, "text/html")).contains("href=\"" + SETTINGS + "\"");
    });
    String survey = surveyTask(plan).getId();
    assertThat(log.list(Optional.of(Outbox.SENT))).filteredOn(entry -> entry.taskId().equals(survey)).singleElement()
        .satisfies(entry -> assertThat(entry.recipients()).containsExactly("so-y-te@nghean.gov.vn"));
  }

  @Test
  void aNoticeWhoseEveryRecipientChoseTheDigestIsRecordedAsDigestedAndPlanNoticesStayImmediate() {
    Group group = identityService.newGroup(DIGEST_GROUP);
    group.setName("Phòng thử thư tổng hợp");
    identityService.saveGroup(group);
    identityService.createMembership(HEALTH_OFFICIAL, DIGEST_GROUP);
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    TestNotices.atTheReminderMoment();

    String reminded = TestNotices.newTaskId();
    notifications.enqueue(TestNotices.reminder(reminded, DIGEST_GROUP, null));
    notifications.enqueue(TestNotices.escalation(TestNotices.newTaskId(), DIGEST_GROUP, DIGEST_GROUP, HEALTH_OFFICIAL));
    notifications.enqueue(TaskNotice.notice(TestNotices.newTaskId(), TestNotices.TASK, "Đã có đề cương báo cáo.",
        "pi-1", TestNotices.PLAN, DIGEST_GROUP, "Phòng thử thư tổng hợp", null, ClockUtil.getCurrentTime().toInstant(),
        "/tai-lieu/pi-1"));
    sender.sendDue();

    assertThat(log.list(Optional.of(Outbox.DIGESTED))).extracting(Entry::kind)
        .containsExactlyInAnyOrder("REMINDER", "ESCALATION");
    assertThat(log.list(Optional.of(Outbox.UNDELIVERABLE))).isEmpty();
    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).singleElement()
        .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Thông báo]"));
    ResponseEntity<String> page = rest.withBasicAuth("admin", "admin")
        .getForEntity("/quan-tri/thong-bao?status=DIGESTED", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Gộp vào thư tổng hợp", reminded);
  }

  @Test
  void atTheHourOfAWorkingDayEachDigestOfficialGetsOneMailOfTheTasksDueSoonAndOverdueByPlan() throws Exception {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    preferences.choose(LEAD_OFFICIAL, Mode.DIGEST);
    preferences.choose(WITHOUT_MAIL, Mode.DIGEST);
    String dueSoon = survey("so-y-te", "2026-03-13");
    String later = survey("so-y-te", "2026-03-25");
    String overdue = survey("so-y-te", "2026-03-10");
    String elsewhere = survey("so-cong-thuong", "2026-03-13");
    Task assigned = surveyTask(elsewhere);
    taskService.setAssignee(assigned.getId(), HEALTH_OFFICIAL);

    clock(LocalDate.of(2026, 3, 12), LocalTime.of(7, 29));
    assertThat(digests.writeDue()).as("before the hour").isZero();
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(7, 30));
    assertThat(digests.writeDue()).as("the two officials with an address").isEqualTo(2);
    sender.sendDue();

    MimeMessage health = single(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn"));
    assertThat(health.getSubject()).isEqualTo("[Tổng hợp] Công việc sắp đến hạn và quá hạn ngày 12/03/2026");
    String text = text(health);
    assertThat(text).contains("Kính gửi: Trần Thị Bình", "== Công việc của đơn vị và của bạn ==", SETTINGS);
    assertThat(planSection(text, title(dueSoon))).contains(
        "\n- Báo cáo hiện trạng ứng dụng CNTT, chuyển đổi số · Sở Y tế · hạn 13/03/2026 · Còn 1 ngày làm việc\n",
        taskUrl(surveyTask(dueSoon)));
    assertThat(planSection(text, title(overdue))).contains("· Sở Y tế · hạn 10/03/2026 · Quá hạn 2 ngày làm việc",
        taskUrl(surveyTask(overdue)));
    assertThat(planSection(text, title(elsewhere))).as("a task assigned to them")
        .contains("· Sở Công Thương · hạn 13/03/2026 · Còn 1 ngày làm việc", taskUrl(assigned));
    assertThat(text).as("not due within the reminder window").doesNotContain(title(later), taskUrl(surveyTask(later)));
    assertThat(part(health, "text/html")).contains(title(dueSoon), "href=\"" + taskUrl(surveyTask(dueSoon)) + "\"",
        "Quá hạn 2 ngày làm việc");

    String lead = text(single(mailsTo(LEAD_OFFICIAL + "@nghean.gov.vn")));
    String chased = lead.substring(lead.indexOf("== Công việc quá hạn của các kế hoạch đơn vị chủ trì =="));
    assertThat(planSection(chased, title(overdue))).contains("· Sở Y tế · hạn 10/03/2026 · Quá hạn 2 ngày làm việc",
        taskUrl(surveyTask(overdue)));
    assertThat(lead).as("the lead is chased for overdue tasks only").doesNotContain(taskUrl(surveyTask(dueSoon)));
    assertThat(log.list(Optional.of(Outbox.SENT))).extracting(Entry::kind).containsOnly("DIGEST").hasSize(2);
  }

  @Test
  void anOfficialOfTwoAgenciesGetsOneDigestListingBoth() throws Exception {
    identityService.createMembership(HEALTH_OFFICIAL, "so-cong-thuong");
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    String health = survey("so-y-te", "2026-03-13");
    String trade = survey("so-cong-thuong", "2026-03-13");
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(7, 30));

    assertThat(digests.writeDue()).isEqualTo(1);
    sender.sendDue();

    String text = text(single(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")));
    assertThat(planSection(text, title(health))).contains("· Sở Y tế · hạn 13/03/2026", taskUrl(surveyTask(health)));
    assertThat(planSection(text, title(trade))).contains("· Sở Công Thương · hạn 13/03/2026",
        taskUrl(surveyTask(trade)));
  }

  @Test
  void writingAgainOnAnotherNodeOrAfterARestartStillGivesOneMail() {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    survey("so-y-te", "2026-03-13");
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(7, 31));

    assertThat(digests.writeDue()).isEqualTo(1);
    assertThat(digests.writeDue()).isZero();
    assertThat(anotherNode().writeDue()).isZero();
    sender.sendDue();
    assertThat(anotherNode().writeDue()).as("after a restart, once sent").isZero();
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(16, 0));
    assertThat(anotherNode().writeDue()).isZero();
    assertThat(sender.sendDue()).isZero();

    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).hasSize(1);
    assertThat(outbox.add(new TaskNotice(NoticeKind.DIGEST, Digests.key(HEALTH_OFFICIAL), "x", "", null, null, null,
            null, null, digests.momentOf(LocalDate.of(2026, 3, 12)), 0, List.of(), null), List.of("x@nghean.gov.vn"),
        new NoticeMails.RenderedMail("x", "x", "x"), Outbox.PENDING, java.time.Instant.now()))
        .as("the outbox's key keeps one digest per official and day").isFalse();
  }

  @Test
  void aDigestWrittenWhileTheSmtpServerIsDownGoesOutWhenItIsBack() throws Exception {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    survey("so-y-te", "2026-03-13");
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(10, 0)); // the application was down at 07:30

    assertThat(digests.writeDue()).isEqualTo(1);
    assertThat(senderWith(deadSmtpServer(), Duration.ZERO).sendDue()).isZero();
    assertThat(log.list(Optional.of(NotificationLog.RETRYING))).singleElement()
        .satisfies(entry -> assertThat(entry.kind()).isEqualTo("DIGEST"));
    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).isEmpty();

    assertThat(senderWith(mailSender, Duration.ofHours(1)).sendDue()).isEqualTo(1);
    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).singleElement()
        .satisfies(mail -> assertThat(mail.getSubject()).endsWith("12/03/2026"));
  }

  @Test
  void anOlderDigestStillWaitingIsSupersededByTheNextOne() throws Exception {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    survey("so-y-te", "2026-03-13");
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(7, 30));
    digests.writeDue();
    senderWith(deadSmtpServer(), Duration.ZERO).sendDue();

    clock(LocalDate.of(2026, 3, 13), LocalTime.of(7, 30));
    assertThat(digests.writeDue()).isEqualTo(1);
    senderWith(mailSender, Duration.ofHours(1)).sendDue();

    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).endsWith("13/03/2026");
      assertThat(part(mail, "text/plain")).contains("hạn 13/03/2026 · Đến hạn hôm nay");
    });
    assertThat(log.list(Optional.of(Outbox.SUPERSEDED))).singleElement()
        .satisfies(entry -> assertThat(entry.moment()).isEqualTo(digests.momentOf(LocalDate.of(2026, 3, 12))));
  }

  @Test
  void noDigestOnAWeekendOrAHoliday() {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    survey("so-y-te", "2026-03-10");

    clock(LocalDate.of(2026, 3, 14), LocalTime.of(9, 0));
    assertThat(digests.writeDue()).as("Saturday").isZero();
    clock(LocalDate.of(2026, 4, 30), LocalTime.of(9, 0));
    assertThat(digests.writeDue()).as("30/4").isZero();
    clock(LocalDate.of(2026, 5, 4), LocalTime.of(9, 0));
    assertThat(digests.writeDue()).as("the next working day").isEqualTo(1);
    assertThat(digests.nextAfter(ZonedDateTime.of(2026, 4, 29, 8, 0, 0, 0, HANOI).toInstant()))
        .isEqualTo(digests.momentOf(LocalDate.of(2026, 5, 4)));
  }

  @Test
  void anOfficialWhoSwitchesBackToImmediateGetsRemindersAgainAndNoDigest() throws Exception {
    preferences.choose(HEALTH_OFFICIAL, Mode.DIGEST);
    clock(LocalDate.of(2026, 3, 3), LocalTime.of(9, 0));
    preferences.choose(HEALTH_OFFICIAL, Mode.IMMEDIATE);
    String plan = survey("so-y-te", "2026-03-13");

    clock(LocalDate.of(2026, 3, 11), LocalTime.of(17, 1));
    fireDueJobs(plan);
    sender.sendDue();
    clock(LocalDate.of(2026, 3, 12), LocalTime.of(7, 30));

    assertThat(digests.writeDue()).isZero();
    assertThat(mailsTo(HEALTH_OFFICIAL + "@nghean.gov.vn")).extracting(NotificationsTest::subject)
        .filteredOn(subject -> !subject.startsWith("[Thông báo]")) // the lead's outline, sent to the agency
        .singleElement().satisfies(subject -> assertThat(subject).startsWith("[Nhắc hạn]"));
    assertThat(preferences.mode(HEALTH_OFFICIAL)).isEqualTo(Mode.IMMEDIATE);
  }

  @Test
  void aHurriedOfficialSavingTheirChoiceEightTimesAtOnceGetsItSavedOnce() throws Exception {
    PageForm opened = PageForm.open(rest, HEALTH_OFFICIAL, PASSWORD, "/ca-nhan/thong-bao");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("mode", "DIGEST");
    Callable<Integer> save = opened.submit(rest, HEALTH_OFFICIAL, PASSWORD, "/ca-nhan/thong-bao", form);

    // every save is taken (the official is sent back to the page, which the client follows): none
    // meets another's new row as an error
    assertThat(AtOnce.run(8, Collections.nCopies(8, save))).isEqualTo(Map.of(200, 8));
    assertThat(jdbc.queryForList("SELECT mode FROM pf_mail_preference WHERE user_id = ?", String.class,
        HEALTH_OFFICIAL)).containsExactly("DIGEST");
  }

  @Test
  void anOfficialChoosesTheDigestOnTheSettingsPageInVietnamese() {
    ResponseEntity<String> page = rest.withBasicAuth(HEALTH_OFFICIAL, PASSWORD)
        .getForEntity("/ca-nhan/thong-bao", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Cách nhận thư nhắc hạn, quá hạn", "Nhận ngay từng thư (mặc định)",
        "Nhận một thư tổng hợp mỗi ngày làm việc lúc 07:30", HEALTH_OFFICIAL + "@nghean.gov.vn")
        .containsPattern("value=\"IMMEDIATE\"\\s+checked");
    assertThat(rest.getForEntity("/ca-nhan/thong-bao", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("mode", "DIGEST");
    ResponseEntity<String> forged = rest.withBasicAuth(HEALTH_OFFICIAL, PASSWORD).postForEntity("/ca-nhan/thong-bao",
        new HttpEntity<>(form, new PageForm(null, null).headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
    assertThat(forged.getStatusCode()).as("without the page's CSRF token").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(preferences.mode(HEALTH_OFFICIAL)).isEqualTo(Mode.IMMEDIATE);

    PageForm opened = PageForm.open(rest, HEALTH_OFFICIAL, PASSWORD, "/ca-nhan/thong-bao");
    ResponseEntity<String> saved = rest.withBasicAuth(HEALTH_OFFICIAL, PASSWORD).postForEntity("/ca-nhan/thong-bao",
        new HttpEntity<>(opened.with(form), opened.headers(MediaType.APPLICATION_FORM_URLENCODED)), String.class);
    assertThat(saved.getStatusCode().is2xxSuccessful() || saved.getStatusCode().is3xxRedirection())
        .as("saved, then back to the page: %s", saved.getStatusCode()).isTrue();
    assertThat(preferences.mode(HEALTH_OFFICIAL)).isEqualTo(Mode.DIGEST);
    assertThat(preferences.mode("so-y-te")).as("for themselves only").isEqualTo(Mode.IMMEDIATE);

    String after = rest.withBasicAuth(HEALTH_OFFICIAL, PASSWORD).getForEntity("/ca-nhan/thong-bao", String.class)
        .getBody();
    assertThat(after).containsPattern("value=\"DIGEST\"\\s+checked").contains("Thư tổng hợp tiếp theo: 03/03/2026 07:30");
  }

  @Test
  void theSettingsPageWarnsAnOfficialWithoutAnAddress() {
    assertThat(rest.withBasicAuth(WITHOUT_MAIL, PASSWORD).getForEntity("/ca-nhan/thong-bao", String.class).getBody())
        .contains("Tài khoản của bạn chưa có địa chỉ thư điện tử");
  }

  private void official(String id, String firstName, String lastName, String group, boolean withMail) {
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(withMail ? id + "@nghean.gov.vn" : null);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
  }

  /** A drafting plan surveying {@code agency} by {@code due}, started at the clock's now. */
  private String survey(String agency, String due) {
    String title = "Kế hoạch thử thư tổng hợp " + due + " " + agency + " " + UUID.randomUUID().toString().substring(0, 8);
    String id = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY, Map.of(
        ResolutionDrafting.Vars.TITLE, title, ResolutionDrafting.Vars.SURVEY_AGENCIES, agency,
        ResolutionDrafting.Vars.SURVEY_DUE, due)).getId();
    instances.add(id);
    return id;
  }

  private String title(String instance) {
    return (String) runtimeService.getVariable(instance, ResolutionDrafting.Vars.TITLE);
  }

  private Task surveyTask(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT).singleResult();
  }

  private String taskUrl(Task task) {
    return "https://planflow.nghean.gov.vn/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  /** The lines of the plain-text digest from the plan's title to the next blank line. */
  private static String planSection(String text, String title) {
    int start = text.indexOf(title + "\n");
    assertThat(start).as("a section for %s in%n%s", title, text).isNotNegative();
    int end = text.indexOf("\n\n", start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private void fireDueJobs(String instance) {
    for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  /** What the mailbox of {@code address} received (a mail to two addresses is in both mailboxes). */
  private List<MimeMessage> mailsTo(String address) {
    GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      return smtp.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(StoredMessage::getMimeMessage).toList();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage mail) throws Exception {
    return part(mail, "text/plain").replace("\r\n", "\n");
  }

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  /** A node of its own: a fresh writer on the same database, as after a restart or on a second node. */
  private Digests anotherNode() {
    return new Digests(preferences, digestTasks, mails, outbox, signal, identityService, calendar, calendarProperties,
        properties);
  }

  private OutboxSender senderWith(JavaMailSender mailSender, Duration later) {
    return new OutboxSender(outbox, mailSender, properties, Clock.offset(Clock.systemUTC(), later), sender.node());
  }

  private static JavaMailSender deadSmtpServer() {
    JavaMailSenderImpl dead = new JavaMailSenderImpl();
    dead.setHost("127.0.0.1");
    dead.setPort(FreePorts.any());
    return dead;
  }


  private static void clock(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day, time, HANOI).toInstant()));
  }
}
