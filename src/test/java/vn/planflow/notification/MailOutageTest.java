package vn.planflow.notification;

import vn.planflow.FreePorts;
import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.planflow.notification.TestNotices.newTaskId;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.planflow.notification.NotificationLog.Entry;

/**
 * With {@code spring.mail.host} set, mail goes to that server and nothing embedded starts; while
 * that server is down, mail waits in the outbox and goes out once when it is back.
 */
@PlanflowTest
class MailOutageTest {

  static final int SMTP_PORT = FreePorts.any();

  @DynamicPropertySource
  static void externalSmtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    // A context of its own: its engine takes its own name, so that the REST API of the shared
    // context, which finds its engine by the name "default" in a static registry, stays on that one.
    registry.add("camunda.bpm.process-engine-name", () -> "mailOutage");
  }

  @Autowired
  Notifications notifications;
  @Autowired
  OutboxSender sender;
  @Autowired
  Outbox outbox;
  @Autowired
  JavaMailSender mailSender;
  @Autowired
  NotificationProperties properties;
  @Autowired
  NotificationLog log;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;
  @Autowired
  TestRestTemplate rest;

  GreenMail smtpServer;

  @BeforeEach
  void emptyOutbox() {
    TestNotices.atTheReminderMoment();
    jdbc.update("DELETE FROM pf_notification");
  }

  @AfterEach
  void stopSmtpServer() {
    ClockUtil.reset();
    if (smtpServer != null) {
      smtpServer.stop();
    }
  }

  @Test
  void keepsEveryMailWhileTheServerIsDownAndSendsEachOnceWhenItIsBack() {
    notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
    notifications.enqueue(TestNotices.escalation(newTaskId(), "so-y-te", "so-tttt", null));

    Instant firstAttempt = Instant.now();
    assertThat(sender.sendDue()).isZero();
    assertThat(log.list(Optional.of(NotificationLog.RETRYING))).hasSize(2).allSatisfy(entry -> {
      assertThat(entry.status()).isEqualTo(Outbox.PENDING);
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(entry.lastError()).containsIgnoringCase("connect");
      assertThat(entry.nextAttemptAt()).isAfterOrEqualTo(firstAttempt.plus(properties.firstBackoff()));
    });
    assertThat(sender.sendDue()).as("not due again before its backoff").isZero();
    assertThat(log.list(Optional.empty())).extracting(Entry::attempts).containsOnly(1);

    assertThat(senderAt(Duration.ofMinutes(30)).sendDue()).isZero();
    assertThat(senderAt(Duration.ofMinutes(60)).sendDue()).isZero();
    assertThat(log.list(Optional.empty())).extracting(Entry::attempts).containsOnly(3);

    smtpServer = startSmtpServer();
    assertThat(senderAt(Duration.ofMinutes(75)).sendDue()).isEqualTo(2);
    assertThat(senderAt(Duration.ofMinutes(90)).sendDue()).isZero();
    assertThat(sender.sendDue()).isZero();

    MimeMessage[] received = smtpServer.getReceivedMessages();
    assertThat(received).as("one copy per recipient: reminder 1, escalation 2").hasSize(3);
    assertThat(Arrays.stream(received).map(NotificationsTest::subject).distinct()).hasSize(2);
    assertThat(log.list(Optional.of(Outbox.SENT))).hasSize(2);
  }

  @Test
  void afterAnOutageAnAgencyGetsOnlyTheNewestEscalationOfATaskNeverAReminderAfterIt() {
    String task = newTaskId();
    notifications.enqueue(TestNotices.reminder(task, "so-y-te", null));
    assertThat(sender.sendDue()).isZero(); // the server is down
    // the outage lasts: the task falls due and is escalated twice meanwhile
    TaskNotice firstEscalation = TestNotices.escalation(task, "so-y-te", "so-tttt", null);
    TaskNotice secondEscalation = new TaskNotice(NoticeKind.ESCALATION, task, firstEscalation.taskName(),
        firstEscalation.taskDescription(), firstEscalation.processInstanceId(), firstEscalation.planTitle(), "so-y-te",
        "Sở Y tế", firstEscalation.due(), firstEscalation.moment().plus(Duration.ofDays(1)), 4,
        firstEscalation.recipientGroupIds(), null);
    ClockUtil.setCurrentTime(Date.from(secondEscalation.moment()));
    notifications.enqueue(firstEscalation);
    notifications.enqueue(secondEscalation);

    smtpServer = startSmtpServer();
    assertThat(senderAt(Duration.ofHours(2)).sendDue()).isEqualTo(1);
    assertThat(senderAt(Duration.ofHours(3)).sendDue()).isZero();

    MimeMessage[] received = smtpServer.getReceivedMessages();
    assertThat(received).as("the newest escalation, to the agency and the lead").hasSize(2);
    assertThat(Arrays.stream(received).map(NotificationsTest::subject)).allSatisfy(subject ->
        assertThat(subject).contains("Quá hạn"));
    assertThat(log.list(Optional.of(Outbox.SUPERSEDED))).extracting(Entry::kind)
        .containsExactlyInAnyOrder(NoticeKind.REMINDER.name(), NoticeKind.ESCALATION.name());
    assertThat(log.list(Optional.of(Outbox.SENT))).singleElement()
        .satisfies(entry -> assertThat(entry.moment()).isEqualTo(secondEscalation.moment()));
  }

  @Test
  void aMailThatKeepsFailingEndsAsFailedAndIsListedForAdministrators() {
    notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
    NotificationProperties threeAttempts = new NotificationProperties(properties.publicUrl(), properties.from(),
        properties.pollInterval(), properties.firstBackoff(), properties.maxBackoff(), properties.staleAfter(),
        properties.embeddedSmtpPort(), 3, properties.nodeId(), properties.sender(), properties.wakeOnCommit(),
        properties.mailsPerConnection(), properties.heartbeat(), properties.deadAfter(), properties.digestAt(),
        properties.preferencesReload());

    for (int hour = 0; hour < 4; hour++) {
      new OutboxSender(outbox, mailSender, threeAttempts, Clock.offset(Clock.systemUTC(), Duration.ofHours(hour)),
          sender.node()).sendDue();
    }

    assertThat(log.list(Optional.of(Outbox.FAILED))).singleElement().satisfies(entry -> {
      assertThat(entry.attempts()).isEqualTo(3);
      assertThat(entry.lastError()).containsIgnoringCase("connect");
    });
    assertThat(log.list(Optional.of(NotificationLog.RETRYING))).isEmpty();
    ResponseEntity<String> api = rest.withBasicAuth("admin", "admin").getForEntity("/api/notifications?status=FAILED",
        String.class);
    assertThat(api.getBody()).contains("\"status\":\"FAILED\"", "\"attempts\":3");
  }

  @Test
  void aBadAddressDoesNotHoldTheMailBackFromTheOthersAndEachMailKeepsItsMessageId() throws Exception {
    smtpServer = startSmtpServer();
    TaskNotice notice = TestNotices.reminder(newTaskId(), "so-y-te", null);
    outbox.add(notice, java.util.List.of("so-y-te@nghean.gov.vn", "dia chi sai@"),
        new NoticeMails.RenderedMail("[Nhắc hạn] Báo cáo", "Nội dung", "<p>Nội dung</p>"), Outbox.PENDING, Instant.now());

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage[] received = smtpServer.getReceivedMessages();
    assertThat(received).hasSize(1);
    Entry sent = log.list(Optional.of(Outbox.SENT)).get(0);
    assertThat(sent.lastError()).contains("Không gửi được tới: dia chi sai@");
    assertThat(received[0].getMessageID()).isEqualTo("<planflow-notification-" + sent.id() + "@nghean.gov.vn>");
  }

  @Test
  void waitsTwiceAsLongAfterEachFailureButNeverMoreThanMaxBackoff() {
    assertThat(sender.backoff(0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(sender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(sender.backoff(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(sender.backoff(500)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void startsNoEmbeddedServerAndSaysWhereMailGoes() {
    assertThat(context.getBeansOfType(GreenMail.class)).isEmpty();
    assertThat(context.getBeansOfType(EmbeddedMailbox.class)).isEmpty();
    assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
        .as("a hanging server must not hold a mail past stale-after").containsEntry("mail.smtp.timeout", "10000");

    ResponseEntity<String> page = rest.withBasicAuth("admin", "admin").getForEntity("/quan-tri/thu", String.class);

    assertThat(page.getBody()).contains("máy chủ thư bên ngoài", "127.0.0.1:" + SMTP_PORT);
  }

  private OutboxSender senderAt(Duration later) {
    return new OutboxSender(outbox, mailSender, properties, Clock.offset(Clock.systemUTC(), later), sender.node());
  }

  private static GreenMail startSmtpServer() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    return server;
  }

}
