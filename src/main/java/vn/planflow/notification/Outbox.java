package vn.planflow.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code pf_notification} ({@code db/planflow-notification.sql}): the mails to send and
 * their delivery state. A node sends a row only after claiming it with an update that counts one
 * row, so two nodes on one database never both send it.
 */
@Repository
class Outbox {

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String UNDELIVERABLE = "UNDELIVERABLE";
  static final String SUPERSEDED = "SUPERSEDED";
  /** Not sent because every recipient chose the daily digest, which lists the task instead. */
  static final String DIGESTED = "DIGESTED";
  /** Given up after the configured number of attempts. */
  static final String FAILED = "FAILED";

  /**
   * Mails overtaken while they waited (contract, "Deadlines and e-mail"): a reminder whose due
   * moment has passed or whose task already has an escalation, and an escalation with a newer one
   * waiting for the same task; and a digest still waiting when the same official's next one is
   * written.
   */
  private static final String SUPERSEDE = """
      UPDATE pf_notification n SET status = ?, last_error = ?
      WHERE n.status = ? AND (
        (n.kind = 'REMINDER' AND (n.due <= ? OR EXISTS (SELECT 1 FROM pf_notification e
          WHERE e.task_id = n.task_id AND e.kind = 'ESCALATION')))
        OR (n.kind = 'ESCALATION' AND EXISTS (SELECT 1 FROM pf_notification e
          WHERE e.task_id = n.task_id AND e.kind = 'ESCALATION' AND e.moment > n.moment AND e.status = ?))
        OR (n.kind = 'DIGEST' AND EXISTS (SELECT 1 FROM pf_notification e
          WHERE e.task_id = n.task_id AND e.kind = 'DIGEST' AND e.moment > n.moment)))""";

  private static final String INSERT_IF_ABSENT = """
      INSERT INTO pf_notification (task_id, kind, moment, process_instance_id, plan_title, task_name,
        agency_id, agency_name, due, recipients, subject, body_text, body_html, status, attempts,
        created_at, next_attempt_at)
      SELECT ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE),
        ?, ?, ?, ?, ?, 0, CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)
      WHERE NOT EXISTS (SELECT 1 FROM pf_notification
        WHERE task_id = ? AND kind = ? AND moment = CAST(? AS TIMESTAMP WITH TIME ZONE))""";

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Stores the mail of {@code notice} unless one of the same task, kind and moment is stored:
   * checked by the insert itself; an insert that loses the race with a concurrent transaction's
   * rolls back to a savepoint only, so the caller's (the engine's) transaction goes on. (Should the
   * other transaction hold its row past H2's lock timeout, the error reaches the caller and the job
   * is retried: nothing is lost or doubled either way.)
   *
   * @return whether a row was added
   */
  boolean add(TaskNotice notice, List<String> recipients, NoticeMails.RenderedMail mail, String status,
      Instant now) {
    OffsetDateTime moment = utc(notice.moment());
    try {
      Integer added = savepoint.execute(tx -> jdbc.update(INSERT_IF_ABSENT,
          notice.taskId(), notice.kind().name(), moment, notice.processInstanceId(), notice.planTitle(),
          notice.taskName(), notice.agencyId(), notice.agencyName(),
          notice.due() == null ? null : utc(notice.due().toInstant()), String.join(", ", recipients),
          mail.subject(), mail.text(), mail.html(), status, utc(now), utc(now),
          notice.taskId(), notice.kind().name(), moment));
      return added != null && added > 0;
    } catch (DuplicateKeyException raced) {
      LOG.debug("Another transaction stored {} of task {} at {} first", notice.kind(), notice.taskId(), moment);
      return false;
    }
  }

  /**
   * Records as superseded, not to be sent, every waiting mail that a later one or the passing of
   * its due moment ({@code engineNow}, the time due dates live in) has overtaken.
   *
   * @return how many
   */
  int supersede(Instant engineNow) {
    return jdbc.update(SUPERSEDE, SUPERSEDED, "Đã có thông báo mới hơn hoặc đã quá thời điểm cần nhắc; không gửi",
        PENDING, utc(engineNow), PENDING);
  }

  /** The outbox keys ({@code task_id}) of the digests already written for {@code moment}. */
  List<String> digestsAt(Instant moment) {
    return jdbc.queryForList("SELECT task_id FROM pf_notification WHERE kind = ? AND moment = ?", String.class,
        NoticeKind.DIGEST.name(), utc(moment));
  }

  List<Long> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM pf_notification WHERE status = ? AND next_attempt_at <= ?"
        + " ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY", Long.class, PENDING, utc(now));
  }

  /** Takes a due row for {@code node}; true only for the one node whose update counted it. */
  boolean claim(long id, String node, Instant now) {
    return jdbc.update("UPDATE pf_notification SET status = ?, claimed_by = ?, claimed_at = ?"
        + " WHERE id = ? AND status = ? AND next_attempt_at <= ?",
        SENDING, node, utc(now), id, PENDING, utc(now)) == 1;
  }

  Optional<OutgoingMail> claimed(long id, String node) {
    return jdbc.query("SELECT id, attempts, recipients, subject, body_text, body_html FROM pf_notification"
        + " WHERE id = ? AND status = ? AND claimed_by = ?", (rs, row) -> new OutgoingMail(rs.getLong("id"),
            rs.getInt("attempts"), Arrays.stream(rs.getString("recipients").split(",")).map(String::trim)
                .filter(address -> !address.isEmpty()).toList(),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html")),
        id, SENDING, node).stream().findFirst();
  }

  /** @return false if the claim was lost meanwhile (declared stale and taken by another node) */
  boolean sent(long id, String node, Instant now) {
    return sent(List.of(id), node, now) == 1;
  }

  /**
   * Marks {@code ids} sent, in one batch.
   *
   * @return how many were still this node's claims
   */
  int sent(List<Long> ids, String node, Instant now) {
    if (ids.isEmpty()) {
      return 0;
    }
    int[] counts = jdbc.batchUpdate("UPDATE pf_notification SET status = ?, sent_at = ? WHERE id = ? AND status = ?"
        + " AND claimed_by = ?", ids.stream().map(id -> new Object[] {SENT, utc(now), id, SENDING, node}).toList());
    return Arrays.stream(counts).map(count -> count > 0 ? 1 : 0).sum();
  }

  void failed(long id, String node, String error, Instant nextAttempt) {
    jdbc.update("UPDATE pf_notification SET status = ?, attempts = attempts + 1, last_error = ?,"
        + " next_attempt_at = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ? AND status = ? AND claimed_by = ?",
        PENDING, error, utc(nextAttempt), id, SENDING, node);
  }

  /** The last attempt failed too: the mail ends as failed, for an administrator to see. */
  void gaveUp(long id, String node, String error) {
    jdbc.update("UPDATE pf_notification SET status = ?, attempts = attempts + 1, last_error = ?,"
        + " claimed_by = NULL, claimed_at = NULL WHERE id = ? AND status = ? AND claimed_by = ?",
        FAILED, error, id, SENDING, node);
  }

  /** Sent, but not to these addresses, which the server refused. */
  boolean sentExcept(long id, String node, Instant now, String refused) {
    return jdbc.update("UPDATE pf_notification SET status = ?, sent_at = ?, last_error = ? WHERE id = ? AND status = ?"
        + " AND claimed_by = ?", SENT, utc(now), refused, id, SENDING, node) == 1;
  }

  /**
   * Returns to PENDING the rows claimed and never finished, either before {@code claimedBefore} or
   * by a node whose last heartbeat is older than {@code beatBefore} (a node that never beat, such as
   * one whose sender is off, is judged by its claims' age only).
   */
  int releaseStale(Instant claimedBefore, Instant beatBefore, String error) {
    return jdbc.update("UPDATE pf_notification SET status = ?, attempts = attempts + 1, last_error = ?,"
        + " claimed_by = NULL, claimed_at = NULL WHERE status = ? AND (claimed_at < ?"
        + " OR claimed_by IN (SELECT node FROM pf_outbox_node WHERE beat_at < ?))",
        PENDING, error, SENDING, utc(claimedBefore), utc(beatBefore));
  }

  /** Gives back rows {@code node} claimed and did not try to send: pending again, no attempt counted. */
  void unclaim(List<Long> ids, String node) {
    if (!ids.isEmpty()) {
      jdbc.batchUpdate("UPDATE pf_notification SET status = ?, claimed_by = NULL, claimed_at = NULL"
          + " WHERE id = ? AND status = ? AND claimed_by = ?",
          ids.stream().map(id -> new Object[] {PENDING, id, SENDING, node}).toList());
    }
  }

  /** Records that {@code node} is alive and sending at {@code now}. */
  void beat(String node, Instant now) {
    if (jdbc.update("UPDATE pf_outbox_node SET beat_at = ? WHERE node = ?", utc(now), node) == 0) {
      try {
        jdbc.update("INSERT INTO pf_outbox_node (node, beat_at) VALUES (?, ?)", node, utc(now));
      } catch (DuplicateKeyException e) {
        jdbc.update("UPDATE pf_outbox_node SET beat_at = ? WHERE node = ?", utc(now), node);
      }
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A claimed row, ready to go out. */
  record OutgoingMail(long id, int attempts, List<String> recipients, String subject, String text, String html) {
  }
}
