package vn.planflow.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Notices as the deadline timers enqueue them, for a survey report of Sở Y tế due 30/09/2021. */
final class TestNotices {

  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Instant DUE = ZonedDateTime.of(2021, 9, 30, 17, 0, 0, 0, HANOI).toInstant();
  static final String PLAN = "Kế hoạch xây dựng Nghị quyết về chuyển đổi số tỉnh Nghệ An";
  static final String TASK = "Báo cáo hiện trạng ứng dụng CNTT, chuyển đổi số";
  static final String ASKS = "Báo cáo theo mẫu của Sở Thông tin và Truyền thông, kèm số liệu năm 2021.";

  private TestNotices() {
  }

  /**
   * Sets the engine's clock to the reminder's moment (26/09/2021 10:00), when these notices are
   * enqueued and sent: a reminder still waiting after its due moment is superseded, not sent.
   */
  static void atTheReminderMoment() {
    ClockUtil.setCurrentTime(Date.from(DUE.minusSeconds(4 * 24 * 3600)));
  }

  static String newTaskId() {
    return UUID.randomUUID().toString();
  }

  /** Two working days before the due date, to the agency and the assignee. */
  static TaskNotice reminder(String taskId, String agencyId, String assignee) {
    return new TaskNotice(NoticeKind.REMINDER, taskId, TASK, ASKS, "pi-" + taskId, PLAN, agencyId, "Sở Y tế",
        Date.from(DUE), DUE.minusSeconds(4 * 24 * 3600), 2, List.of(agencyId), assignee);
  }

  /** Three working days late, to the agency, the lead agency and the assignee. */
  static TaskNotice escalation(String taskId, String agencyId, String leadAgencyId, String assignee) {
    return new TaskNotice(NoticeKind.ESCALATION, taskId, TASK, ASKS, "pi-" + taskId, PLAN, agencyId, "Sở Y tế",
        Date.from(DUE), DUE.plusSeconds(3 * 24 * 3600), 3, List.of(agencyId, leadAgencyId), assignee);
  }
}
