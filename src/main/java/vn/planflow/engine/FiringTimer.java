package vn.planflow.engine;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The timer job whose firing runs the current command, as the engine's command context knows it:
 * a timeout listener learns the moment its timer was due without evaluating the timer's
 * expression again (which reads variables through every scope of a process instance).
 */
public final class FiringTimer {

  private FiringTimer() {
  }

  /**
   * The due date of the timer job now firing on {@code executionId}; empty outside a job, for a job
   * that is not a timer, or for another execution's job.
   */
  public static Optional<Date> dueOn(String executionId) {
    CommandContext context = Context.getCommandContext();
    JobEntity job = context == null ? null : context.getCurrentJob();
    if (job instanceof TimerEntity timer && executionId != null && executionId.equals(timer.getExecutionId())) {
      return Optional.ofNullable(timer.getDuedate());
    }
    return Optional.empty();
  }
}
