package vn.planflow.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.planflow.agency.ChangeKind;
import vn.planflow.time.DateTexts;

/**
 * The trail's events from our own tables, read with plain SQL: changes to running plans ({@code
 * pf_plan_change}), agency changes ({@code pf_agency_change}), mails sent ({@code pf_notification},
 * status {@code SENT}), absences with their stand-ins ({@code pf_absence}) and tasks moved from one
 * official to another ({@code pf_task_move}).
 */
@Component
class RecordedTrail {

  private final JdbcTemplate jdbc;

  RecordedTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A window on one timestamp column, and a cap (0: none). */
  record Window(Instant start, Instant end, int cap) {

    String where(String column, List<Object> arguments) {
      StringBuilder sql = new StringBuilder();
      if (start != null) {
        sql.append(" AND ").append(column).append(" >= ?");
        arguments.add(start.atOffset(ZoneOffset.UTC));
      }
      if (end != null) {
        sql.append(" AND ").append(column).append(" < ?");
        arguments.add(end.atOffset(ZoneOffset.UTC));
      }
      return sql.toString();
    }

    String newestFirst(String column) {
      return " ORDER BY " + column + " DESC, id DESC" + (cap > 0 ? " LIMIT " + cap : "");
    }
  }

  // pf_plan_change

  List<TrailEvent> planChanges(String planId, Window window) {
    List<Object> arguments = new ArrayList<>();
    String sql = "SELECT id, plan_instance_id, task_instance_id, kind, detail, reason, user_id, changed_at"
        + " FROM pf_plan_change WHERE 1 = 1";
    if (planId != null) {
      sql += " AND plan_instance_id = ?";
      arguments.add(planId);
    }
    sql += window.where("changed_at", arguments) + window.newestFirst("changed_at");
    return jdbc.query(sql, (rs, row) -> {
      String kind = rs.getString("kind");
      String reason = rs.getString("reason");
      String detail = rs.getString("detail") + (reason == null || reason.isBlank() ? "" : ". Lý do: " + reason);
      EventKind eventKind = "extension".equals(kind) ? EventKind.DEADLINE : EventKind.PLAN_CHANGE;
      String label = switch (kind) {
        case "extension" -> "Gia hạn nhiệm vụ";
        case "addition" -> "Thêm nhiệm vụ";
        case "cancellation" -> "Hủy nhiệm vụ";
        case "lead" -> "Đổi đơn vị chủ trì";
        default -> "Điều chỉnh kế hoạch";
      };
      return new TrailEvent(instant(rs, "changed_at"), eventKind, label, rs.getString("user_id"),
          rs.getString("task_instance_id"), null, rs.getLong("id")).plan(rs.getString("plan_instance_id"))
          .detail(detail);
    }, arguments.toArray());
  }

  // pf_agency_change

  /**
   * Agency changes; for a plan (its instances and tasks given), those that moved one of its tasks or
   * rewrote one of its instances, with how many of the plan's tasks moved.
   */
  List<TrailEvent> agencyChanges(Set<String> instanceIds, Set<String> taskIds, Window window) {
    List<Object> arguments = new ArrayList<>();
    String sql = "SELECT id, agency_id, agency_name, successor_id, successor_name, kind, reason, effective_date,"
        + " recorded_by, recorded_at, moved_task_ids, moved_process_instance_ids FROM pf_agency_change WHERE 1 = 1"
        + window.where("recorded_at", arguments) + window.newestFirst("recorded_at");
    List<TrailEvent> events = new ArrayList<>();
    jdbc.query(sql, rs -> {
      List<String> movedTasks = ids(rs.getString("moved_task_ids"));
      List<String> movedInstances = ids(rs.getString("moved_process_instance_ids"));
      String planInstance = null;
      long tasksOfPlan = movedTasks.size();
      if (instanceIds != null) {
        tasksOfPlan = movedTasks.stream().filter(taskIds::contains).count();
        planInstance = movedInstances.stream().filter(instanceIds::contains).findFirst().orElse(null);
        if (tasksOfPlan == 0 && planInstance == null) {
          return;
        }
      }
      String agencyName = rs.getString("agency_name");
      String successor = rs.getString("successor_name") == null ? rs.getString("successor_id")
          : rs.getString("successor_name");
      ChangeKind kind = ChangeKind.fromId(rs.getString("kind")).orElse(ChangeKind.MERGE);
      LocalDate effective = rs.getDate("effective_date").toLocalDate();
      String detail = (agencyName == null ? rs.getString("agency_id") : agencyName) + " " + kind.label()
          .toLowerCase(Locale.ROOT) + " " + successor + " từ ngày " + DateTexts.format(effective) + "; "
          + tasksOfPlan + " công việc chuyển sang đơn vị mới. Lý do: " + rs.getString("reason");
      events.add(new TrailEvent(instant(rs, "recorded_at"), EventKind.AGENCY_CHANGE,
          kind == ChangeKind.MERGE ? "Sáp nhập đơn vị" : "Thay thế đơn vị", rs.getString("recorded_by"),
          planInstance, null, rs.getLong("id")).agency(rs.getString("agency_id"), agencyName).detail(detail));
    }, arguments.toArray());
    return events;
  }

  // pf_notification

  /** Mails sent: of these instances, or of every process when {@code instanceIds} is null. */
  List<TrailEvent> mails(Collection<String> instanceIds, Window window) {
    List<TrailEvent> events = new ArrayList<>();
    if (instanceIds == null) {
      mails(null, window, events);
    } else {
      for (List<String> chunk : TrailPlans.chunks(instanceIds)) {
        mails(chunk, window, events);
      }
    }
    return events;
  }

  private void mails(List<String> instances, Window window, List<TrailEvent> events) {
    List<Object> arguments = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT id, kind, task_id, task_name, process_instance_id, agency_id,"
        + " agency_name, recipients, subject, sent_at FROM pf_notification WHERE status = 'SENT'");
    if (instances != null) {
      sql.append(" AND process_instance_id IN (").append(String.join(", ", instances.stream().map(id -> "?").toList()))
          .append(")");
      arguments.addAll(instances);
    }
    sql.append(window.where("sent_at", arguments)).append(window.newestFirst("sent_at"));
    jdbc.query(sql.toString(), rs -> {
      String kind = rs.getString("kind");
      String label = switch (kind) {
        case "REMINDER" -> "Gửi thư nhắc hạn";
        case "ESCALATION" -> "Gửi thư quá hạn";
        case "NOTICE" -> "Gửi thư thông báo";
        case "DIGEST" -> "Gửi thư tổng hợp hằng ngày";
        default -> "Gửi thư";
      };
      events.add(new TrailEvent(instant(rs, "sent_at"), EventKind.MAIL, label, null,
          rs.getString("process_instance_id"), rs.getString("task_id"), rs.getLong("id"))
          .task(rs.getString("task_name")).agency(rs.getString("agency_id"), rs.getString("agency_name"))
          .detail("Tiêu đề: " + rs.getString("subject") + ". Người nhận: "
              + String.join(", ", ids(rs.getString("recipients")))));
    }, arguments.toArray());
  }

  // pf_absence (across plans only)

  List<TrailEvent> absences(Window window) {
    List<TrailEvent> events = new ArrayList<>();
    List<Object> recorded = new ArrayList<>();
    String columns = "SELECT id, user_id, stand_in, agency_id, starts_on, ends_on, reason, recorded_by, recorded_at,"
        + " cancelled_by, cancelled_at FROM pf_absence";
    jdbc.query(columns + " WHERE 1 = 1" + window.where("recorded_at", recorded) + window.newestFirst("recorded_at"),
        rs -> {
          events.add(absence(rs, false));
        }, recorded.toArray());
    List<Object> cancelled = new ArrayList<>();
    jdbc.query(columns + " WHERE cancelled_at IS NOT NULL" + window.where("cancelled_at", cancelled)
        + window.newestFirst("cancelled_at"), rs -> {
          events.add(absence(rs, true));
        }, cancelled.toArray());
    return events;
  }

  private static TrailEvent absence(ResultSet rs, boolean cancellation) throws SQLException {
    String period = rs.getString("user_id") + " vắng mặt từ " + DateTexts.format(rs.getDate("starts_on").toLocalDate())
        + " đến " + DateTexts.format(rs.getDate("ends_on").toLocalDate()) + ", người thay: " + rs.getString("stand_in");
    return new TrailEvent(instant(rs, cancellation ? "cancelled_at" : "recorded_at"), EventKind.ABSENCE,
        cancellation ? "Hủy vắng mặt" : "Ghi nhận vắng mặt, ủy quyền",
        rs.getString(cancellation ? "cancelled_by" : "recorded_by"), null, null, rs.getLong("id"))
        .agency(rs.getString("agency_id"), null).detail(period + ". Lý do: " + rs.getString("reason"));
  }

  // pf_task_move

  /** Tasks moved: of these instances, or of every process when {@code instanceIds} is null. */
  List<TrailEvent> taskMoves(Collection<String> instanceIds, Window window) {
    List<TrailEvent> events = new ArrayList<>();
    List<List<String>> chunks = instanceIds == null ? Collections.singletonList(null)
        : TrailPlans.chunks(instanceIds);
    for (List<String> instances : chunks) {
      List<Object> arguments = new ArrayList<>();
      StringBuilder sql = new StringBuilder("SELECT id, batch_id, task_id, task_name, process_instance_id, from_user,"
          + " to_user, reason, moved_by, moved_at FROM pf_task_move WHERE 1 = 1");
      if (instances != null) {
        sql.append(" AND process_instance_id IN (")
            .append(String.join(", ", instances.stream().map(id -> "?").toList())).append(")");
        arguments.addAll(instances);
      }
      sql.append(window.where("moved_at", arguments)).append(window.newestFirst("moved_at"));
      jdbc.query(sql.toString(), rs -> {
        events.add(new TrailEvent(instant(rs, "moved_at"), EventKind.TASK_MOVE, "Chuyển công việc",
            rs.getString("moved_by"), rs.getString("process_instance_id"), rs.getString("task_id"), rs.getLong("id"))
            .task(rs.getString("task_name"))
            .detail("Từ " + rs.getString("from_user") + " sang " + rs.getString("to_user") + ". Lý do: "
                + rs.getString("reason")));
      }, arguments.toArray());
    }
    return events;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static List<String> ids(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
  }
}
