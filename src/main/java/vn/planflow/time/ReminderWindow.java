package vn.planflow.time;

import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * When a task's reminder falls: {@code reminderBefore} ahead of its due moment, an ISO-8601
 * duration taken literally (PT10M is ten minutes); without one, {@code
 * planflow.deadline.reminder-working-days} working days before the due date, at the same time of
 * day. A {@code reminderBefore} no timer could use (not a duration of a minute or more: the start
 * refuses it, but one set by hand through the API afterwards reaches here) counts as none, so that
 * it breaks neither a reminder timer, nor the day's digests, nor the dashboard. The one rule for the reminder timers ({@code deadline}) and the daily digest's "due soon"
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

  /** The reminder's moment for a task due at {@code due}; {@code reminderBefore} may be null, blank or unusable. */
  public ZonedDateTime reminderAt(ZonedDateTime due, String reminderBefore) {
    String before = reminderBefore == null ? null : reminderBefore.trim();
    if (!IsoDurations.isPositive(before)) {
      return due.with(calendar.minusWorkingDays(due.toLocalDate(), properties.reminderWorkingDays()));
    }
    return IsoDurations.minus(due, before);
  }
}
