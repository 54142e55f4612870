package vn.planflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Completions of one plan, one after another. Dozens of agencies complete the parallel tasks of one
 * plan in the same minute. Left to the engine's optimistic locking, every completion but one of
 * those that meet is rolled back at its flush and done again ({@link ConflictRetryPlugin}), a whole
 * transaction wasted each time: on PostgreSQL, 450 survey answers to three plans from 16 threads
 * took about a minute, one completion lost more than fifty times in a row, and the deletion of a
 * finished branch's executions once met a sibling's change as a foreign-key violation (a 500).
 *
 * <p>So a task completion first locks the row of its plan's root process instance ({@code SELECT …
 * FOR UPDATE}, in the command's own transaction, before the engine has read anything of the plan)
 * and holds it until that transaction ends: completions of one plan wait for each other instead of
 * colliding, those of different plans run side by side. Nothing else takes the lock; jobs and
 * other commands still meet completions optimistically, as the engine intends.
 */
@Component
class PlanLockPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    String lock = "SELECT e.ID_ FROM " + prefix + "ACT_RU_EXECUTION e WHERE e.ID_ = "
        + "(SELECT x.ROOT_PROC_INST_ID_ FROM " + prefix + "ACT_RU_TASK t JOIN " + prefix + "ACT_RU_EXECUTION x "
        + "ON x.ID_ = t.PROC_INST_ID_ WHERE t.ID_ = ?) FOR UPDATE";
    Interceptors.prependInside(configuration, new Locking(lock));
  }

  /** Inside the command's context and transaction: the first thing a completion does. */
  static class Locking extends CommandInterceptor {

    private final String lock;

    Locking(String lock) {
      this.lock = lock;
    }

    @Override
    public <T> T execute(Command<T> command) {
      String taskId = CompletionGuardPlugin.completedTaskId(command);
      CommandContext context = Context.getCommandContext();
      if (taskId != null && context != null) {
        lockPlanOf(taskId, context.getDbSqlSession().getSqlSession().getConnection());
      }
      return next.execute(command);
    }

    private void lockPlanOf(String taskId, Connection connection) {
      try (PreparedStatement statement = connection.prepareStatement(lock)) {
        statement.setString(1, taskId);
        try (ResultSet locked = statement.executeQuery()) {
          locked.next(); // none for a task of no process, or one that is gone: the engine answers that
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not lock the plan of task " + taskId, e);
      }
    }
  }
}
