package vn.planflow.absence;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.absence.*}.
 *
 * @param checkEvery how often the engine's clock is checked for absences that start or end
 * @param checkEnabled whether this node checks at all (the tests check themselves, after moving the clock)
 */
@Validated
@ConfigurationProperties("planflow.absence")
public record AbsenceProperties(@NotNull @DefaultValue("PT1M") Duration checkEvery,
    @DefaultValue("true") boolean checkEnabled) {

  @AssertTrue(message = "planflow.absence.check-every must be positive")
  public boolean isCheckEveryPositive() {
    return checkEvery != null && !checkEvery.isNegative() && !checkEvery.isZero();
  }
}
