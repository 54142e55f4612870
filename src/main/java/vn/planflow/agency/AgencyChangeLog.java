package vn.planflow.agency;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code pf_agency_change} ({@code db/planflow-agency.sql}). */
@Repository
class AgencyChangeLog {

  private static final String COLUMNS = "id, agency_id, agency_name, successor_id, successor_name, kind, reason,"
      + " effective_date, recorded_by, recorded_at, moved_task_ids, moved_process_instance_ids";

  private final JdbcTemplate jdbc;

  AgencyChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the change (its id is ignored) and answers it with the id the database gave. */
  AgencyChange insert(AgencyChange change) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO pf_agency_change (agency_id,"
          + " agency_name, successor_id, successor_name, kind, reason, effective_date, recorded_by, recorded_at,"
          + " moved_task_ids, moved_process_instance_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, change.agencyId());
      insert.setString(2, change.agencyName());
      insert.setString(3, change.successorId());
      insert.setString(4, change.successorName());
      insert.setString(5, change.kind().id());
      insert.setString(6, change.reason());
      insert.setDate(7, Date.valueOf(change.effectiveDate()));
      insert.setString(8, change.recordedBy());
      insert.setObject(9, change.recordedAt().atOffset(ZoneOffset.UTC));
      insert.setString(10, String.join(",", change.movedTaskIds()));
      insert.setString(11, String.join(",", change.movedProcessInstanceIds()));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    return new AgencyChange(id, change.agencyId(), change.agencyName(), change.successorId(),
        change.successorName(), change.kind(), change.reason(), change.effectiveDate(), change.recordedBy(),
        change.recordedAt(), change.movedTaskIds(), change.movedProcessInstanceIds());
  }

  /** Every change, newest first. */
  List<AgencyChange> list() {
    return jdbc.query("SELECT " + COLUMNS + " FROM pf_agency_change ORDER BY recorded_at DESC, id DESC",
        AgencyChangeLog::change);
  }

  /** Retired agency id → its direct successor, as {@link AgencySuccessions} needs it. */
  Map<String, AgencySuccessions.Succession> successions() {
    return jdbc.query("SELECT agency_id, successor_id, successor_name FROM pf_agency_change",
            (rs, row) -> new AgencySuccessions.Succession(rs.getString("agency_id"), rs.getString("successor_id"),
                rs.getString("successor_name")))
        .stream().collect(Collectors.toMap(AgencySuccessions.Succession::agencyId, succession -> succession));
  }

  private static AgencyChange change(ResultSet rs, int row) throws SQLException {
    return new AgencyChange(rs.getLong("id"), rs.getString("agency_id"), rs.getString("agency_name"),
        rs.getString("successor_id"), rs.getString("successor_name"),
        ChangeKind.fromId(rs.getString("kind")).orElse(ChangeKind.MERGE), rs.getString("reason"),
        rs.getDate("effective_date").toLocalDate(), rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), ids(rs.getString("moved_task_ids")),
        ids(rs.getString("moved_process_instance_ids")));
  }

  private static List<String> ids(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
  }
}
