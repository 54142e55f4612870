package vn.planflow.agency;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/** {@code planflow.agencies.*}: where the agency directory is read from. */
@Validated
@ConfigurationProperties("planflow.agencies")
public record AgencyProperties(@NotNull Resource location) {
}
