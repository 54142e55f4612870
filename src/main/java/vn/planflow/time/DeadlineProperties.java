package vn.planflow.time;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.deadline.*}, the reminder part (the calendar part is {@link CalendarProperties}),
 * read by {@link ReminderWindow}.
 *
 * @param reminderWorkingDays how many working days before the due date the reminder goes out when
 *     a plan gives no {@code reminderBefore}
 */
@Validated
@ConfigurationProperties("planflow.deadline")
public record DeadlineProperties(@PositiveOrZero @DefaultValue("2") int reminderWorkingDays) {
}
