package vn.planflow.notification;

/** What a mail says: the deadline is near, it has passed, or something was sent to the agency. */
public enum NoticeKind {
  /** "Nhắc hạn": sent once, {@code reminderBefore} ahead of the due date. */
  REMINDER,
  /** "Quá hạn": sent at the due date and then every {@code overdueRepeat} until the task is done. */
  ESCALATION,
  /**
   * "Thông báo": sent once when the plan hands the agency something (the lead's report outline to
   * each surveyed agency, the synthesis report to UBND tỉnh); never superseded.
   */
  NOTICE,
  /**
   * "Tổng hợp": one mail a working day to an official who chose it on {@code /ca-nhan/thong-bao},
   * listing their agencies' tasks due soon and overdue instead of a reminder and escalation each.
   */
  DIGEST
}
