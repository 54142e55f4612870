package vn.planflow.time;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.deadline.*}, the calendar part: when a due day ends and which days are worked.
 *
 * @param holidays the working-day calendar ({@code date;kind;name}), read by {@link WorkingCalendar}
 * @param zone the province's time zone, in which due dates are calendar dates
 * @param dueTime the time of day a due date ends (the close of office hours)
 */
@Validated
@ConfigurationProperties("planflow.deadline")
public record CalendarProperties(
    @NotNull @DefaultValue("classpath:deadline/holidays.csv") Resource holidays,
    @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @NotNull @DefaultValue("17:00") LocalTime dueTime) {

  /** Only the calendar file, the other settings at their defaults (for tests and tools). */
  public static CalendarProperties withHolidays(Resource holidays) {
    return new CalendarProperties(holidays, ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0));
  }
}
