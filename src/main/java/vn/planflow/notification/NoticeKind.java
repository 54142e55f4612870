package vn.planflow.notification;

/** What a deadline mail says: the deadline is near, or it has passed. */
public enum NoticeKind {
  /** "Nhắc hạn": sent once, {@code reminderBefore} ahead of the due date. */
  REMINDER,
  /** "Quá hạn": sent at the due date and then every {@code overdueRepeat} until the task is done. */
  ESCALATION
}
