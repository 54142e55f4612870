package vn.planflow.deadline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.deadline.*}: how deadlines are counted.
 *
 * @param holidays the working-day calendar ({@code date;kind;name}), read by {@link WorkingCalendar}
 * @param zone the province's time zone, in which due dates are calendar dates
 * @param dueTime the time of day a due date ends (the close of office hours)
 * @param reminderWorkingDays how many working days before the due date the reminder goes out when
 *     a plan gives no {@code reminderBefore}
 */
@Validated
@ConfigurationProperties("planflow.deadline")
public record DeadlineProperties(
    @NotNull @DefaultValue("classpath:deadline/holidays.csv") Resource holidays,
    @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @NotNull @DefaultValue("17:00") LocalTime dueTime,
    @PositiveOrZero @DefaultValue("2") int reminderWorkingDays) {

  /** Only the calendar file, the other settings at their defaults (for tests and tools). */
  public static DeadlineProperties withHolidays(Resource holidays) {
    return new DeadlineProperties(holidays, ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0), 2);
  }
}
