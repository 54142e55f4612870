package vn.planflow.absence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code pf_absence} ({@code db/planflow-absence.sql}). */
@Repository
class AbsenceLog {

  private static final String COLUMNS = "id, user_id, stand_in, agency_id, starts_on, ends_on, reason, recorded_by,"
      + " recorded_at, cancelled_by, cancelled_at";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  AbsenceLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Locks these officials' absences until the caller's transaction ends: whoever records an
   * absence naming one of them next waits, then sees this one. Their lock rows are created first,
   * each in a transaction of its own (two creating one at once: one wins, both then lock it).
   */
  void lockOfficials(Collection<String> userIds) {
    List<String> sorted = userIds.stream().distinct().sorted().toList();
    for (String userId : sorted) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO pf_absence_lock (user_id) SELECT ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM pf_absence_lock WHERE user_id = ?)", userId, userId));
      } catch (DuplicateKeyException createdAtTheSameTime) {
        // the other request's row: lock it below all the same
      }
    }
    for (String userId : sorted) {
      jdbc.queryForList("SELECT user_id FROM pf_absence_lock WHERE user_id = ? FOR UPDATE", String.class, userId);
    }
  }

  long insert(String userId, String standIn, String agencyId, LocalDate startsOn, LocalDate endsOn, String reason,
      String recordedBy, Instant recordedAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO pf_absence (user_id, stand_in, agency_id,"
          + " starts_on, ends_on, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, userId);
      insert.setString(2, standIn);
      insert.setString(3, agencyId);
      insert.setDate(4, Date.valueOf(startsOn));
      insert.setDate(5, Date.valueOf(endsOn));
      insert.setString(6, reason);
      insert.setString(7, recordedBy);
      insert.setObject(8, recordedAt.atOffset(ZoneOffset.UTC));
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  /** @return whether the absence was still standing (not cancelled before) */
  boolean cancel(long id, String cancelledBy, Instant cancelledAt) {
    return jdbc.update("UPDATE pf_absence SET cancelled_by = ?, cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL",
        cancelledBy, cancelledAt.atOffset(ZoneOffset.UTC), id) == 1;
  }

  /** The absence, its row locked until the transaction ends (one node changes its stand-in's access at a time). */
  Optional<Absence> lock(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence WHERE id = ? FOR UPDATE", AbsenceLog::absence, id)
        .stream().findFirst();
  }

  Optional<Absence> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence WHERE id = ?", AbsenceLog::absence, id).stream()
        .findFirst();
  }

  /** Every absence of {@code userId}, or in which {@code userId} stands in, latest start first. */
  List<Absence> concerning(String userId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence WHERE user_id = ? OR stand_in = ?"
        + " ORDER BY starts_on DESC, id DESC", AbsenceLog::absence, userId, userId);
  }

  List<Absence> all() {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence ORDER BY starts_on DESC, id DESC", AbsenceLog::absence);
  }

  /** The absences not cancelled that cover {@code day}. */
  List<Absence> activeOn(LocalDate day) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence WHERE cancelled_at IS NULL AND starts_on <= ?"
        + " AND ends_on >= ?", AbsenceLog::absence, Date.valueOf(day), Date.valueOf(day));
  }

  /** The absences not cancelled of {@code userIds} that share a day with {@code from}–{@code to}. */
  List<Absence> overlapping(List<String> userIds, LocalDate from, LocalDate to) {
    String marks = String.join(", ", userIds.stream().map(id -> "?").toList());
    Object[] arguments = new Object[userIds.size() + 2];
    for (int i = 0; i < userIds.size(); i++) {
      arguments[i] = userIds.get(i);
    }
    arguments[userIds.size()] = Date.valueOf(to);
    arguments[userIds.size() + 1] = Date.valueOf(from);
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence WHERE cancelled_at IS NULL AND user_id IN (" + marks
        + ") AND starts_on <= ? AND ends_on >= ?", AbsenceLog::absence, arguments);
  }

  /** The absences not cancelled in which {@code standIn} stands in, sharing a day with {@code from}–{@code to}. */
  List<Absence> standingInOverlapping(String standIn, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_absence WHERE cancelled_at IS NULL AND stand_in = ?"
        + " AND starts_on <= ? AND ends_on >= ?", AbsenceLog::absence, standIn, Date.valueOf(to), Date.valueOf(from));
  }

  private static Absence absence(ResultSet rs, int row) throws SQLException {
    OffsetDateTime cancelledAt = rs.getObject("cancelled_at", OffsetDateTime.class);
    return new Absence(rs.getLong("id"), rs.getString("user_id"), rs.getString("stand_in"), rs.getString("agency_id"),
        rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("reason"),
        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("cancelled_by"), cancelledAt == null ? null : cancelledAt.toInstant());
  }
}
