package vn.planflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.planflow.time.WorkingCalendar;
import vn.planflow.time.IsoDurations;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.ReminderWindow;
import vn.planflow.names.ProcessNames;

/**
 * When a task's reminder and escalations fall. Used by the timeout listeners every user task
 * carries ({@code ${deadlines.reminderAt(execution, surveyDue)}}, {@code
 * ${deadlines.overdueCycle(execution, surveyDue)}}) and by the listeners that send the mail.
 *
 * <p>{@code reminderBefore} and {@code overdueRepeat} are ISO-8601 durations taken literally
 * (PT10M is ten minutes); without {@code reminderBefore} the reminder goes out the configured
 * number of working days before the due date, at the same time of day.
 */
@Component("deadlines")
public class Deadlines {

  static final Duration DEFAULT_REPEAT = Duration.ofDays(1);

  private final WorkingCalendar calendar;
  private final ReminderWindow reminders;
  private final CalendarProperties calendarProperties;

  Deadlines(WorkingCalendar calendar, ReminderWindow reminders, CalendarProperties calendarProperties) {
    this.calendarProperties = calendarProperties;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  /** The moment of the reminder of a task due at {@code due} ({@link ReminderWindow}). */
  public Date reminderAt(VariableScope scope, Date due) {
    return Date.from(reminders.reminderAt(zoned(due), text(scope, ProcessNames.Vars.REMINDER_BEFORE)).toInstant());
  }

  /**
   * The escalation timer of a task due at {@code due}: at the due moment, then every day (every
   * {@code overdueRepeat} when that is shorter than a day), until the task is done (its timer goes
   * with it); {@link #escalatesAt} decides which firings send a mail.
   */
  public String overdueCycle(VariableScope scope, Date due) {
    String repeat = repeat(scope);
    // a repeat of whole days is counted in working days by escalatesAt, which needs a daily look
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned(due).toOffsetDateTime())
        + "/" + (repeat.contains("T") ? repeat : DEFAULT_REPEAT.toString());
  }

  /**
   * Whether an escalation timer firing at {@code now} sends its mail: escalations repeat in working
   * days. On a day off nothing goes out; with {@code overdueRepeat} of n whole days (P1D, P2D; a
   * week, P1W, as five), on the due day and then every n-th working day after it; a repeat within a day (PT1H,
   * PT1M in trials) at every firing of a working day.
   */
  public boolean escalatesAt(VariableScope scope, Date due, Instant now) {
    LocalDate today = day(now);
    if (!calendar.isWorkingDay(today)) {
      return false;
    }
    String repeat = repeat(scope);
    if (repeat.contains("T")) {
      return true;
    }
    long days = Math.max(1, IsoDurations.plus(zoned(due), repeat, 1).toLocalDate().toEpochDay()
        - zoned(due).toLocalDate().toEpochDay());
    if (days % 7 == 0) {
      days = days / 7 * 5; // a week of escalations is five working days
    }
    return workingDaysLate(due, now) % days == 0;
  }

  /** The escalation slot an escalation fired at {@code now} belongs to: due + k × repeat ≤ now. */
  public Instant escalationSlot(VariableScope scope, Date due, Instant now) {
    String repeat = repeat(scope);
    ZonedDateTime slot = zoned(due);
    if (!now.isAfter(slot.toInstant())) {
      return slot.toInstant();
    }
    while (!IsoDurations.plus(slot, repeat, 1).toInstant().isAfter(now)) {
      slot = IsoDurations.plus(slot, repeat, 1);
    }
    return slot.toInstant();
  }

  /** Working days from today until the due day (reminders). */
  public int workingDaysLeft(Date due, Instant now) {
    return Math.max(0, calendar.workingDaysBetween(day(now), zoned(due).toLocalDate()));
  }

  /** Working days from the due day until today (escalations, lateness). */
  public int workingDaysLate(Date due, Instant now) {
    return Math.max(0, calendar.workingDaysBetween(zoned(due).toLocalDate(), day(now)));
  }

  private String repeat(VariableScope scope) {
    String repeat = text(scope, ProcessNames.Vars.OVERDUE_REPEAT);
    return repeat == null ? DEFAULT_REPEAT.toString() : repeat;
  }

  private ZonedDateTime zoned(Date date) {
    return date.toInstant().atZone(calendarProperties.zone());
  }

  /** The day of a moment in the province's time zone. */
  LocalDate day(Instant instant) {
    return instant.atZone(calendarProperties.zone()).toLocalDate();
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
