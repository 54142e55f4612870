package vn.planflow.refusal;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to the engine's REST API ({@code /engine-rest}). */
@Configuration
class RestConfiguration {

  @Bean
  ResourceConfigCustomizer refusedInputMapper() {
    return config -> config.register(RefusedInputMapper.ForRestException.class, 1)
        .register(RefusedInputMapper.ForProcessEngineException.class, 1);
  }
}
