package vn.planflow.engine;

import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A process-engine plugin that puts an interceptor outside every command (after its transaction
 * has rolled back) and replaces a failure with what {@code translation} makes of it. Used to give
 * callers the exception a listener threw instead of the engine's wrapping of it.
 */
public class OutermostInterceptorPlugin extends AbstractProcessEnginePlugin {

  private final UnaryOperator<ProcessEngineException> translation;

  public OutermostInterceptorPlugin(UnaryOperator<ProcessEngineException> translation) {
    this.translation = translation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.prepend(configuration, new Translating(translation));
    Interceptors.prependToNewTransactions(configuration, new Translating(translation));
  }

  static class Translating extends CommandInterceptor {

    private final UnaryOperator<ProcessEngineException> translation;

    Translating(UnaryOperator<ProcessEngineException> translation) {
      this.translation = translation;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        throw translation.apply(e);
      }
    }
  }
}
