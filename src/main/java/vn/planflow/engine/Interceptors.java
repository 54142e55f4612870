package vn.planflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Puts an interceptor outside every command, ahead of those already configured. */
final class Interceptors {

  private Interceptors() {
  }

  /** Outside the commands that run in the caller's transaction (or start one). */
  static void prepend(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepended(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
  }

  /** Outside those that always run in a transaction of their own too. */
  static void prependToNewTransactions(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        prepended(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), interceptor));
  }

  /**
   * Inside the command's context and transaction, ahead of the other interceptors there: the first
   * thing the command does once its transaction has begun.
   */
  static void prependInside(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        prepended(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
  }

  private static List<CommandInterceptor> prepended(List<CommandInterceptor> existing, CommandInterceptor first) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(first);
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }
}
