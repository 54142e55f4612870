package vn.planflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refusal ({@link FormRefusal}: a completion without what its stage requires, a date outside a
 * task's span) is an official's ordinary mistake, answered in Vietnamese where they typed. The
 * engine logs every exception that ends a command as an ERROR with its stack trace (ENGINE-16004),
 * as it does for real failures; it keeps that for the mistakes it knows itself (a bad request,
 * an optimistic lock) at DEBUG. Refusals are logged like those, plus one INFO line saying what was
 * refused, so that the log's ERRORs stay the failures an operator must look at.
 */
@Component
class RefusalLoggingPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger("vn.planflow.refusal");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = configuration.getCommandContextFactory();
    if (factory != null && factory.getClass() != CommandContextFactory.class) {
      return; // a factory of its own (JTA): keep the engine's logging
    }
    CommandContextFactory refusalsAtInfo = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareContext(getProcessEngineConfiguration());
      }
    };
    refusalsAtInfo.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(refusalsAtInfo);
  }

  static class RefusalAwareContext extends CommandContext {

    RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      FormRefusal refusal = refusal(exception);
      if (refusal != null) {
        LOG.info("Refused: {}", refusal.getMessage());
        return true;
      }
      return super.shouldLogFine(exception);
    }

    private static FormRefusal refusal(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof FormRefusal refusal) {
          return refusal;
        }
      }
      return null;
    }
  }
}
