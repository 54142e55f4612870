package vn.planflow.engine;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dozens of agencies answer their parallel tasks of one plan in the same minute; two completions
 * that end parallel branches at once update the same execution, and the engine refuses the later
 * with an {@link OptimisticLockingException} after rolling it back ({@link PlanLockPlugin} makes
 * completions of one plan wait for each other, so this is now met mostly between a completion and
 * a job, or as a deadlock the database breaks). An official's completion is
 * then simply done again, in a new transaction, after a short random pause, up to {@code
 * planflow.engine.conflict-retries} times: only task completions (nothing else they hold
 * changes between attempts), and only when no outer transaction would be rolled back with it.
 */
@Component
class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ConflictRetryPlugin.class);
  private static final Set<Class<?>> RETRIED = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class);

  private final int retries;

  ConflictRetryPlugin(@Value("${planflow.engine.conflict-retries:50}") int retries) {
    this.retries = retries;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.prepend(configuration, new Retrying(retries));
  }

  static class Retrying extends CommandInterceptor {

    private final int retries;

    Retrying(int retries) {
      this.retries = retries;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (!RETRIED.contains(command.getClass()) || TransactionSynchronizationManager.isActualTransactionActive()) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (ProcessEngineException failure) {
          if (!Conflicts.isConflict(failure)) {
            throw failure;
          }
          if (attempt > retries) {
            LOG.warn("{} met a concurrent change {} times: giving up", command.getClass().getSimpleName(), attempt);
            throw failure;
          }
          LOG.debug("{} met a concurrent change, attempt {}: trying again", command.getClass().getSimpleName(), attempt);
          pause(attempt);
        }
      }
    }

    private static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * Math.min(attempt, 8) + 6));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
