package vn.planflow.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.plan.*}: how imported plans are run.
 *
 * @param defaultReportEvery the report period when the import names none (contract: P6M)
 * @param contributionWorkingDays coordinating agencies' contributions are due this many working
 *     days before the lead's report
 * @param verificationWorkingDays the plan's lead checks a reported completion within this many
 *     working days
 * @param consolidationWorkingDays the plan's lead consolidates within this many working days of a
 *     report date
 * @param reviewWorkingDays UBND tỉnh receives the consolidated report within this many working days
 * @param maxFileSize the largest table accepted
 */
@Validated
@ConfigurationProperties("planflow.plan")
public record PlanProperties(
    @NotBlank @DefaultValue("P6M") String defaultReportEvery,
    @Positive @DefaultValue("5") int contributionWorkingDays,
    @Positive @DefaultValue("5") int verificationWorkingDays,
    @Positive @DefaultValue("5") int consolidationWorkingDays,
    @Positive @DefaultValue("10") int reviewWorkingDays,
    @DefaultValue("5MB") DataSize maxFileSize) {
}
