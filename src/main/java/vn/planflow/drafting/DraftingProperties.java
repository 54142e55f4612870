package vn.planflow.drafting;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planflow.drafting.*}: defaults of process {@code resolution-drafting}.
 *
 * @param defaultTitle the plan title when the start variables give none
 */
@Validated
@ConfigurationProperties("planflow.drafting")
public record DraftingProperties(@NotBlank String defaultTitle) {
}
