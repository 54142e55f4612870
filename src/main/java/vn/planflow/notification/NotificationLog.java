package vn.planflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox as admins read it ({@code /quan-tri/thong-bao}, {@code /api/notifications}): every
 * mail, newest first, by status. {@code RETRYING} is not stored: it is a {@code PENDING} mail whose
 * attempts failed and that will be tried again; {@code FAILED} is one that was given up after
 * {@code planflow.notification.max-attempts}.
 */
@Repository
class NotificationLog {

  static final String RETRYING = "RETRYING";
  static final List<String> STATUSES = List.of(Outbox.PENDING, RETRYING, Outbox.SENDING, Outbox.SENT,
      Outbox.FAILED, Outbox.UNDELIVERABLE, Outbox.SUPERSEDED, Outbox.DIGESTED);

  private static final String COLUMNS = "id, moment, kind, task_id, task_name, process_instance_id,"
      + " plan_title, agency_id, agency_name, due, recipients, subject, status, attempts, last_error,"
      + " created_at, next_attempt_at, claimed_by, sent_at";
  private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC";

  private final JdbcTemplate jdbc;

  NotificationLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The status a filter names, in upper case, or empty for "all"; unknown names are refused. */
  static Optional<String> status(String filter) {
    if (filter == null || filter.isBlank()) {
      return Optional.empty();
    }
    String status = filter.trim().toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException(filter);
    }
    return Optional.of(status);
  }

  List<Entry> list(Optional<String> status) {
    String select = "SELECT " + COLUMNS + " FROM pf_notification";
    if (status.isEmpty()) {
      return jdbc.query(select + NEWEST_FIRST, NotificationLog::entry);
    }
    if (RETRYING.equals(status.get())) {
      return jdbc.query(select + " WHERE status = ? AND attempts > 0" + NEWEST_FIRST, NotificationLog::entry,
          Outbox.PENDING);
    }
    return jdbc.query(select + " WHERE status = ?" + NEWEST_FIRST, NotificationLog::entry, status.get());
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    String status = rs.getString("status");
    int attempts = rs.getInt("attempts");
    return new Entry(rs.getLong("id"), instant(rs, "moment"), rs.getString("kind"), rs.getString("task_id"),
        rs.getString("task_name"), rs.getString("process_instance_id"), rs.getString("plan_title"),
        rs.getString("agency_id"), rs.getString("agency_name"), instant(rs, "due"),
        Arrays.stream(rs.getString("recipients").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
        rs.getString("subject"), status, Outbox.PENDING.equals(status) && attempts > 0, attempts,
        rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
        rs.getString("claimed_by"), instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * One mail of the log.
   *
   * @param status as stored: PENDING, SENDING, SENT, FAILED, UNDELIVERABLE, SUPERSEDED or DIGESTED
   * @param retrying PENDING after failed attempts (shown and filtered as RETRYING)
   */
  record Entry(long id, Instant moment, String kind, String taskId, String taskName, String processInstanceId,
      String planTitle, String agencyId, String agencyName, Instant due, List<String> recipients, String subject,
      String status, boolean retrying, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
      String claimedBy, Instant sentAt) {
  }
}
