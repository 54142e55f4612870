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

  /**
   * What a form asks beyond its fields, checked when a person submits the task's form (Tasklist's
   * {@code submit-form}), not when a program completes the task through the API: a file the form
   * says must be attached, say.
   */
  default void checkFormSubmission(Task task) {
  }
}
