package vn.planflow.notification;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The deadline mails: the one entry point of the other features. {@link #enqueue} writes the mail
 * into the outbox, in the caller's transaction; {@link OutboxSender} sends it later, so that no
 * mail leaves from inside the engine's transaction and a process never waits for, or fails on,
 * the SMTP server. The sender is woken when that transaction commits ({@link OutboxSignal}).
 */
@Service
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final Recipients recipients;
  private final NoticeMails mails;
  private final Outbox outbox;
  private final OutboxSignal signal;
  private final boolean wakeOnCommit;
  private final Clock clock = Clock.systemUTC();

  Notifications(Recipients recipients, NoticeMails mails, Outbox outbox, OutboxSignal signal,
      NotificationProperties properties) {
    this.recipients = recipients;
    this.mails = mails;
    this.outbox = outbox;
    this.signal = signal;
    this.wakeOnCommit = properties.wakeOnCommit();
  }

  /**
   * Queues the mail of {@code notice} for every member of its agencies and its assignee. Called by
   * the timeout listeners of the deadline timers, inside the engine's transaction: the row commits
   * or rolls back with the job. The same task, kind and moment enqueued again (a job retry, a second
   * node) is ignored. A notice without any recipient address is kept as {@code UNDELIVERABLE} for
   * the admins' log; one whose every recipient chose the daily digest as {@code DIGESTED}.
   */
  public void enqueue(TaskNotice notice) {
    List<String> addresses = recipients.of(notice);
    String status = !addresses.isEmpty() ? Outbox.PENDING
        : recipients.allDigested(notice) ? Outbox.DIGESTED : Outbox.UNDELIVERABLE;
    boolean added = outbox.add(notice, addresses, mails.render(notice), status, clock.instant());
    if (added && wakeOnCommit && !addresses.isEmpty()) {
      signal.afterCommit();
    }
    if (!added) {
      LOG.debug("{} of task {} at {} is already in the outbox", notice.kind(), notice.taskId(), notice.moment());
    } else if (Outbox.DIGESTED.equals(status)) {
      LOG.debug("{} of task {} at {}: every recipient chose the daily digest", notice.kind(), notice.taskId(),
          notice.moment());
    } else if (addresses.isEmpty()) {
      LOG.warn("Undeliverable {} of task {} ({}) at {}: no member of {} and no assignee has an e-mail address",
          notice.kind(), notice.taskId(), notice.taskName(), notice.moment(), notice.recipientGroupIds());
    }
  }
}
