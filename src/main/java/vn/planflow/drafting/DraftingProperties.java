package vn.planflow.drafting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.drafting.*}: defaults of process {@code resolution-drafting}.
 *
 * @param defaultTitle the plan title when the start variables give none
 * @param zone the province's time zone, in which due dates are calendar dates
 * @param dueTime the time of day a due date ends (the close of office hours)
 */
@Validated
@ConfigurationProperties("planflow.drafting")
public record DraftingProperties(
    @NotBlank String defaultTitle,
    @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @NotNull @DefaultValue("17:00") LocalTime dueTime) {
}
