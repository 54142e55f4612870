package vn.planflow.notification;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.planflow.notification.TestNotices.newTaskId;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.planflow.notification.NotificationLog.Entry;

/** Deadline mails written in the engine's transaction and sent, once, over real SMTP (embedded GreenMail). */
@PlanflowTest
class NotificationsTest {

  @Autowired
  Notifications notifications;
  @Autowired
  OutboxSender sender;
  @Autowired
  NotificationLog log;
  @Autowired
  GreenMail embeddedSmtpServer;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void emptyOutboxAndMailboxes() throws Exception {
    TestNotices.atTheReminderMoment();
    jdbc.update("DELETE FROM pf_notification");
    embeddedSmtpServer.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void removeTestGroups() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    identityService.deleteGroup("phong-khong-nguoi");
  }

  @Test
  void remindsEveryMemberOfTheAgencyAndTheAssigneeInVietnamese() throws Exception {
    String taskId = newTaskId();
    notifications.enqueue(TestNotices.reminder(taskId, "so-y-te", "ubnd-tp-vinh"));

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage[] received = embeddedSmtpServer.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage mail = received[0];
    assertThat(addresses(mail.getAllRecipients()))
        .containsExactlyInAnyOrder("so-y-te@nghean.gov.vn", "ubnd-tp-vinh@nghean.gov.vn");
    assertThat(addresses(mail.getFrom())).containsExactly("planflow@nghean.gov.vn");
    assertThat(mail.getSubject()).isEqualTo("[Nhắc hạn] " + TestNotices.TASK + " – " + TestNotices.PLAN);
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    String link = "https://planflow.nghean.gov.vn/camunda/app/tasklist/default/#/?task=" + taskId;
    assertThat(part(mail, "text/plain")).contains("Kính gửi: Sở Y tế", "30/09/2021", "còn 2 ngày làm việc",
        TestNotices.TASK, TestNotices.PLAN, TestNotices.ASKS, link);
    assertThat(part(mail, "text/html")).contains("Sở Y tế", "30/09/2021", "còn 2 ngày làm việc",
        TestNotices.ASKS, "href=\"" + link + "\"", "Mở công việc trong Tasklist");
    assertThat(log.list(Optional.of(Outbox.SENT))).singleElement()
        .satisfies(entry -> assertThat(entry.sentAt()).isNotNull());
  }

  @Test
  void escalatesAlsoToTheMembersOfTheLeadAgency() throws Exception {
    notifications.enqueue(TestNotices.escalation(newTaskId(), "so-y-te", "so-tttt", null));

    sender.sendDue();

    MimeMessage mail = embeddedSmtpServer.getReceivedMessages()[0];
    assertThat(addresses(mail.getAllRecipients()))
        .containsExactlyInAnyOrder("so-y-te@nghean.gov.vn", "so-tttt@nghean.gov.vn");
    assertThat(mail.getSubject()).startsWith("[Quá hạn] " + TestNotices.TASK);
    assertThat(part(mail, "text/plain")).contains("30/09/2021", "đã quá hạn 3 ngày làm việc");
  }

  @Test
  void showsTheDueDateAsADayOfTheProvince() throws Exception {
    Instant justAfterMidnightInVinh = ZonedDateTime.of(2021, 10, 1, 0, 30, 0, 0, TestNotices.HANOI).toInstant();
    TaskNotice notice = TestNotices.reminder(newTaskId(), "so-y-te", null);
    notifications.enqueue(new TaskNotice(notice.kind(), notice.taskId(), notice.taskName(), "",
        notice.processInstanceId(), notice.planTitle(), notice.agencyId(), notice.agencyName(),
        Date.from(justAfterMidnightInVinh), notice.moment(), 0, notice.recipientGroupIds(), null));

    sender.sendDue();

    String text = part(embeddedSmtpServer.getReceivedMessages()[0], "text/plain");
    assertThat(text).contains("01/10/2021", "hạn hoàn thành là hôm nay").doesNotContain("Yêu cầu:");
  }

  @Test
  void storesAndSendsTheSameNoticeOnceWhenItIsEnqueuedAgain() {
    TaskNotice notice = TestNotices.reminder(newTaskId(), "so-y-te", null);
    notifications.enqueue(notice);
    inEngineTransaction(() -> notifications.enqueue(notice));
    notifications.enqueue(notice);

    assertThat(sender.sendDue()).isEqualTo(1);
    notifications.enqueue(notice);
    assertThat(sender.sendDue()).isZero();

    assertThat(log.list(Optional.empty())).hasSize(1);
    assertThat(embeddedSmtpServer.getReceivedMessages()).hasSize(1);
  }

  @Test
  void keepsTheNoticeOfAnAgencyWithoutAnyAddressAsUndeliverable() {
    Group empty = identityService.newGroup("phong-khong-nguoi");
    empty.setName("Phòng không có người dùng");
    identityService.saveGroup(empty);

    notifications.enqueue(TestNotices.reminder(newTaskId(), "phong-khong-nguoi", null));

    assertThat(sender.sendDue()).isZero();
    assertThat(embeddedSmtpServer.getReceivedMessages()).isEmpty();
    assertThat(log.list(Optional.of(Outbox.UNDELIVERABLE))).singleElement().satisfies(entry -> {
      assertThat(entry.recipients()).isEmpty();
      assertThat(entry.agencyId()).isEqualTo("phong-khong-nguoi");
      assertThat(entry.attempts()).isZero();
    });
  }

  @Test
  void rollsBackWithTheEnginesTransaction() {
    assertThatThrownBy(() -> inEngineTransaction(() -> {
      notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
      throw new IllegalStateException("the job failed");
    })).hasMessageContaining("the job failed");

    assertThat(log.list(Optional.empty())).isEmpty();
  }

  @Test
  void losingARaceForTheSameNoticeLeavesTheLosersTransactionIntact() throws Exception {
    TaskNotice notice = TestNotices.reminder(newTaskId(), "so-y-te", null);
    TaskNotice next = TestNotices.reminder(newTaskId(), "so-y-te", null);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch firstInserted = new CountDownLatch(1);
    try {
      Future<?> first = nodes.submit(() -> inEngineTransaction(() -> {
        notifications.enqueue(notice);
        firstInserted.countDown();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
            .until(this::anotherSessionIsInserting);
      }));
      assertThat(firstInserted.await(20, TimeUnit.SECONDS)).isTrue();
      Future<?> second = nodes.submit(() -> inEngineTransaction(() -> {
        notifications.enqueue(notice);
        notifications.enqueue(next);
      }));
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);
    } finally {
      nodes.shutdownNow();
    }

    assertThat(log.list(Optional.empty())).extracting(Entry::taskId)
        .containsExactlyInAnyOrder(notice.taskId(), next.taskId());
  }

  @Test
  void findsTheLeadAgencysMembersWhateverTheCurrentUserMayRead() {
    identityService.setAuthentication("so-y-te", List.of("so-y-te"));

    inEngineTransaction(() -> notifications.enqueue(TestNotices.escalation(newTaskId(), "so-y-te", "so-tttt", null)));

    assertThat(log.list(Optional.empty())).singleElement().extracting(Entry::recipients)
        .isEqualTo(List.of("so-y-te@nghean.gov.vn", "so-tttt@nghean.gov.vn"));
  }

  /**
   * Whether another session is inside an insert into the outbox: on PostgreSQL waiting for the lock of
   * the row our transaction added; on H2 retrying the insert until that row commits or its lock times out.
   */
  private boolean anotherSessionIsInserting() throws Exception {
    String product;
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    String sql = product.startsWith("PostgreSQL")
        ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            + " AND query LIKE 'INSERT INTO pf_notification%' AND pid <> pg_backend_pid()"
        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
            + " WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO pf_notification%' AND SESSION_ID <> SESSION_ID()";
    return jdbc.queryForObject(sql, Integer.class) > 0;
  }

  private void inEngineTransaction(Runnable work) {
    engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
      work.run();
      return null;
    });
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> addresses(Address[] addresses) {
    return Arrays.stream(addresses).map(Address::toString).toList();
  }

  /** The body part of {@code mimeType} of a multipart/alternative message. */
  static String part(MimeMessage message, String mimeType) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType(mimeType)) {
        return (String) multipart.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no " + mimeType + " part in " + GreenMailUtil.getWholeMessage(message));
  }
}
