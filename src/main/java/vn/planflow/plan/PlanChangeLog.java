package vn.planflow.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code pf_plan_change} ({@code db/planflow-plan.sql}): the trail of a running plan's changes. */
@Repository
class PlanChangeLog {

  /** One change. */
  record Change(long id, String planId, String taskInstanceId, String kind, String detail, String reason,
      String userId, Instant at) {
  }

  private final JdbcTemplate jdbc;

  PlanChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(String planId, String taskInstanceId, String kind, String detail, String reason, String userId,
      Instant at) {
    jdbc.update("INSERT INTO pf_plan_change (plan_instance_id, task_instance_id, kind, detail, reason, user_id,"
        + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", planId, taskInstanceId, kind, detail, reason, userId,
        at.atOffset(ZoneOffset.UTC));
  }

  /** A plan's changes, newest first. */
  List<Change> of(String planId) {
    return jdbc.query("SELECT id, plan_instance_id, task_instance_id, kind, detail, reason, user_id, changed_at"
        + " FROM pf_plan_change WHERE plan_instance_id = ? ORDER BY changed_at DESC, id DESC",
        (rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()), planId);
  }
}
