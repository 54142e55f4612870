package vn.planflow.absence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code pf_task_move} ({@code db/planflow-absence.sql}): one row per task an administrator moved. */
@Repository
class TaskMoveLog {

  /** A moved task. */
  record Move(String batchId, String taskId, String taskName, String processInstanceId, String fromUser,
      String toUser, String reason, String movedBy, Instant movedAt) {
  }

  private final JdbcTemplate jdbc;

  TaskMoveLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(List<Move> moves) {
    jdbc.batchUpdate("INSERT INTO pf_task_move (batch_id, task_id, task_name, process_instance_id, from_user, to_user,"
        + " reason, moved_by, moved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", moves.stream().map(move -> new Object[] {
            move.batchId(), move.taskId(), move.taskName(), move.processInstanceId(), move.fromUser(), move.toUser(),
            move.reason(), move.movedBy(), move.movedAt().atOffset(ZoneOffset.UTC)}).toList());
  }

  /** The latest moves, newest first. */
  List<Move> latest(int limit) {
    return jdbc.query("SELECT batch_id, task_id, task_name, process_instance_id, from_user, to_user, reason, moved_by,"
        + " moved_at FROM pf_task_move ORDER BY moved_at DESC, id DESC LIMIT ?", (rs, row) -> new Move(
            rs.getString("batch_id"), rs.getString("task_id"), rs.getString("task_name"),
            rs.getString("process_instance_id"), rs.getString("from_user"), rs.getString("to_user"),
            rs.getString("reason"), rs.getString("moved_by"), rs.getObject("moved_at", OffsetDateTime.class).toInstant()),
        limit);
  }
}
