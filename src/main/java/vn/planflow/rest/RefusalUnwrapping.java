package vn.planflow.rest;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a listener twice ("ENGINE-03051 There was an exception
 * while invoking the TaskListener…"). This plugin puts an interceptor outside every command
 * (after the transaction has rolled back) that rethrows an {@link InputRefusedException} found
 * inside as itself, so that every caller, the Java API, the REST API and the REST API the Camunda
 * webapps use, sees the Vietnamese refusal as it was written.
 */
@Component
class RefusalUnwrapping extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrapper());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static class Unwrapper extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        InputRefusedException refused = InputRefusedException.find(e);
        throw refused != null ? refused : e;
      }
    }
  }
}
