package vn.planflow.refusal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.planflow.engine.OutermostInterceptorPlugin;

/**
 * The engine wraps an exception thrown by a listener twice ("ENGINE-03051 There was an exception
 * while invoking the TaskListener…"). This plugin rethrows an {@link InputRefusedException} found
 * inside as itself, outside every command (after the transaction has rolled back), so that every
 * caller, the Java API, the REST API and the REST API the Camunda webapps use, sees the Vietnamese
 * refusal as it was written.
 */
@Configuration
class RefusalUnwrapping {

  @Bean
  OutermostInterceptorPlugin refusalUnwrappingPlugin() {
    return new OutermostInterceptorPlugin(e -> {
      InputRefusedException refused = InputRefusedException.find(e);
      return refused != null ? refused : e;
    });
  }
}
