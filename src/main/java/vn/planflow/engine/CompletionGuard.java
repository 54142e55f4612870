package vn.planflow.engine;

import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * Checks the variables sent with a task's completion before the engine takes any of them: from
 * Tasklist, the REST API or Java alike. Beans of this type are applied by {@link
 * CompletionGuardPlugin}; a check refuses by throwing.
 */
public interface CompletionGuard {

  /** @param task the task being completed, with its form keys initialized */
  void check(Task task, Set<String> variableNames);
}
