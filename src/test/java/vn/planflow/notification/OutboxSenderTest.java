package vn.planflow.notification;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.planflow.notification.TestNotices.newTaskId;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import vn.planflow.notification.NotificationLog.Entry;

/** Two nodes on one database, and a node that dies mid-send: every mail still goes out once. */
@PlanflowTest
class OutboxSenderTest {

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
  GreenMail embeddedSmtpServer;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OutboxSignal signal;
  @Autowired
  org.springframework.transaction.PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @BeforeEach
  void emptyOutboxAndMailboxes() throws Exception {
    TestNotices.atTheReminderMoment();
    jdbc.update("DELETE FROM pf_notification");
    embeddedSmtpServer.purgeEmailFromAllMailboxes();
  }

  @Test
  void twoNodesRacingForTheSameMailsSendEachOnce() throws Exception {
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      taskIds.add(newTaskId());
      notifications.enqueue(TestNotices.reminder(taskIds.get(i), "so-y-te", null));
    }
    OutboxSender nodeA = new OutboxSender(outbox, mailSender, properties, Clock.systemUTC(), "node-a");
    OutboxSender nodeB = new OutboxSender(outbox, mailSender, properties, Clock.systemUTC(), "node-b");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(start, nodeA::sendDue), pool);
      CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(start, nodeB::sendDue), pool);
      start.countDown();
      assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }

    List<String> bodies = new ArrayList<>();
    for (var message : embeddedSmtpServer.getReceivedMessages()) {
      bodies.add(NotificationsTest.part(message, "text/plain"));
    }
    assertThat(bodies).hasSize(40);
    for (String taskId : taskIds) {
      assertThat(bodies).filteredOn(body -> body.contains("?task=" + taskId)).hasSize(1);
    }
    assertThat(log.list(Optional.of(Outbox.SENT))).hasSize(40)
        .extracting(Entry::claimedBy).containsAnyOf("node-a", "node-b");
  }

  @Test
  void sendsAgainAMailThatADeadNodeLeftClaimed() {
    notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
    long id = log.list(Optional.empty()).get(0).id();
    assertThat(outbox.claim(id, "node-that-died", Instant.now())).isTrue();

    assertThat(sender.sendDue()).as("claimed a moment ago: still the other node's").isZero();
    OutboxSender later = new OutboxSender(outbox, mailSender, properties,
        Clock.offset(Clock.systemUTC(), properties.staleAfter().plus(Duration.ofMinutes(1))), sender.node());
    assertThat(later.sendDue()).isEqualTo(1);

    assertThat(embeddedSmtpServer.getReceivedMessages()).hasSize(1);
    assertThat(outbox.sent(id, "node-that-died", Instant.now())).as("the dead node's claim is void").isFalse();
    assertThat(log.list(Optional.empty())).singleElement().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo(Outbox.SENT);
      assertThat(entry.claimedBy()).isEqualTo(sender.node());
      assertThat(entry.attempts()).isEqualTo(1);
    });
  }

  @Test
  void sendsAtOnceWhatANodeThatStoppedBeatingLeftClaimedButLeavesALiveNodesClaims() {
    notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
    notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
    List<Long> ids = log.list(Optional.empty()).stream().map(Entry::id).sorted().toList();
    Instant now = Instant.now();
    outbox.beat("nut-da-chet", now.minus(properties.deadAfter()).minusSeconds(5));
    outbox.beat("nut-dang-song", now);
    try {
      assertThat(outbox.claim(ids.get(0), "nut-da-chet", now)).isTrue();
      assertThat(outbox.claim(ids.get(1), "nut-dang-song", now)).isTrue();

      assertThat(sender.sendDue()).as("the silent node's mail, claimed a moment ago").isEqualTo(1);

      assertThat(embeddedSmtpServer.getReceivedMessages()).hasSize(1);
      assertThat(outbox.sent(ids.get(0), "nut-da-chet", now)).as("the silent node's claim is void").isFalse();
      assertThat(log.list(Optional.empty())).extracting(Entry::id, Entry::status, Entry::claimedBy)
          .containsExactlyInAnyOrder(tuple(ids.get(0), Outbox.SENT, sender.node()),
              tuple(ids.get(1), Outbox.SENDING, "nut-dang-song"));
      assertThat(outbox.sent(ids.get(1), "nut-dang-song", now)).as("the live node finishes its own").isTrue();
    } finally {
      jdbc.update("DELETE FROM pf_outbox_node WHERE node IN ('nut-da-chet', 'nut-dang-song')");
    }
  }

  @Test
  void aNodeWhoseHeartbeatsFailStopsSendingBeforeOthersMayTakeItsMailsOver() {
    MovableClock clock = new MovableClock();
    OutboxSender cutOff = new OutboxSender(outbox, mailSender, properties, clock, "nut-mat-ket-noi");
    try {
      cutOff.beat();
      clock.advance(properties.deadAfter().dividedBy(2).plusSeconds(1)); // no beat since
      notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));

      assertThat(cutOff.sendDue()).isZero();
      assertThat(embeddedSmtpServer.getReceivedMessages()).isEmpty();
      assertThat(log.list(Optional.empty())).singleElement().extracting(Entry::status).isEqualTo(Outbox.PENDING);

      cutOff.beat(); // the database answers again
      assertThat(cutOff.sendDue()).isEqualTo(1);
      assertThat(embeddedSmtpServer.getReceivedMessages()).hasSize(1);
    } finally {
      jdbc.update("DELETE FROM pf_outbox_node WHERE node = 'nut-mat-ket-noi'");
    }
  }

  @Test
  void aHeartbeatThatGoesStaleMidBatchGivesBackWhatWasClaimedAndNotSent() {
    for (int i = 0; i < 3; i++) {
      notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
    }
    // each reading of the clock moves it on by a tenth of dead-after: the beat goes stale after the
    // first mail is claimed (beat, release, due: +12 s; first check +15 s, claim +18 s; check +21 s)
    MovableClock ticking = new MovableClock(properties.deadAfter().dividedBy(10));
    OutboxSender slow = new OutboxSender(outbox, mailSender, properties, ticking, "nut-cham");
    try {
      slow.beat();

      assertThat(slow.sendDue()).isZero();

      assertThat(embeddedSmtpServer.getReceivedMessages()).isEmpty();
      assertThat(log.list(Optional.empty())).hasSize(3).allSatisfy(entry -> {
        assertThat(entry.status()).isEqualTo(Outbox.PENDING);
        assertThat(entry.claimedBy()).isNull();
        assertThat(entry.attempts()).as("no attempt counted").isZero();
      });
      assertThat(sender.sendDue()).as("another sender takes them at once").isEqualTo(3);
    } finally {
      jdbc.update("DELETE FROM pf_outbox_node WHERE node = 'nut-cham'");
    }
  }

  /** A clock the test moves on by hand, and by {@code tick} at every reading. */
  private static final class MovableClock extends Clock {

    private final Duration tick;
    private Instant now = Instant.now();

    MovableClock() {
      this(Duration.ZERO);
    }

    MovableClock(Duration tick) {
      this.tick = tick;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      now = now.plus(tick);
      return now;
    }
  }

  @Test
  void manyMailsGoOutInBatchesOverOneConnectionEachOnce() throws Exception {
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < 120; i++) { // two full connections of 50 and one of 20
      taskIds.add(newTaskId());
      notifications.enqueue(TestNotices.reminder(taskIds.get(i), "so-y-te", null));
    }

    assertThat(sender.sendDue()).isEqualTo(120);

    assertThat(embeddedSmtpServer.getReceivedMessages()).hasSize(120)
        .extracting(message -> message.getMessageID()).doesNotHaveDuplicates();
    assertThat(log.list(Optional.of(Outbox.SENT))).hasSize(120);
    assertThat(sender.sendDue()).as("nothing left").isZero();
  }

  @Test
  void aCommitThatQueuedAMailWakesTheSenderAndARollbackDoesNot() throws Exception {
    signal.await(Duration.ZERO); // a signal left by another test
    org.springframework.transaction.support.TransactionTemplate tx =
        new org.springframework.transaction.support.TransactionTemplate(transactions);

    tx.executeWithoutResult(status -> {
      notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
      try {
        assertThat(signal.await(Duration.ofMillis(50))).as("not before the commit").isFalse();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(signal.await(Duration.ofSeconds(1))).as("woken by the commit").isTrue();

    tx.executeWithoutResult(status -> {
      notifications.enqueue(TestNotices.reminder(newTaskId(), "so-y-te", null));
      status.setRollbackOnly();
    });
    assertThat(signal.await(Duration.ofMillis(200))).as("a rolled-back mail wakes nobody").isFalse();
  }

  private static int await(CountDownLatch start, java.util.function.IntSupplier work) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return work.getAsInt();
  }
}
