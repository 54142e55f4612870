package vn.planflow.time;

import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * When a task's reminder falls: {@code reminderBefore} ahead of its due moment, an ISO-8601
 * duration taken literally (PT10M is ten minutes); without one, {@code
 * planflow.deadline.reminder-working-days} working days before the due date, at the same time of
 * day. The one rule for the reminder timers ({@code deadline}) and the daily digest's "due soon"
 * ({@code notification}), kept here because the deadline feature sends its mail through the
 * notification feature and neither may ask the other.
 */
@Component
public class ReminderWindow {

  private final WorkingCalendar calendar;
  private final DeadlineProperties properties;

  public ReminderWindow(WorkingCalendar calendar, DeadlineProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** The reminder's moment for a task due at {@code due}; {@code reminderBefore} may be null or blank. */
  public ZonedDateTime reminderAt(ZonedDateTime due, String reminderBefore) {
    if (reminderBefore == null || reminderBefore.isBlank()) {
      return due.with(calendar.minusWorkingDays(due.toLocalDate(), properties.reminderWorkingDays()));
    }
    return IsoDurations.minus(due, reminderBefore.trim());
  }
}
