package vn.planflow.deadline;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.deadline.*}: how deadlines are counted.
 *
 * @param holidays the working-day calendar ({@code date;kind;name}), read by {@link WorkingCalendar}
 */
@Validated
@ConfigurationProperties("planflow.deadline")
public record DeadlineProperties(@NotNull @DefaultValue("classpath:deadline/holidays.csv") Resource holidays) {
}
