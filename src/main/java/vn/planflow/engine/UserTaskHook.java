package vn.planflow.engine;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What a feature adds to every user task of every deployed process, whatever its model says.
 * Beans of this type are applied by {@link UserTaskHooksPlugin} when a model is parsed.
 */
public interface UserTaskHook {

  /** The candidate group a user task gets where its model names {@code groupId}. */
  default String candidateGroup(String groupId) {
    return groupId;
  }

  /** Runs on {@code create} of every user task, before the listeners its model declares; or null. */
  default TaskListener onCreate() {
    return null;
  }
}
