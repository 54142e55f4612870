package vn.planflow.agency;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * On {@code create} of every user task of every process (added by {@link AgencySuccessionPlugin},
 * ahead of the model's own listeners): a task for a merged or abolished agency goes to its
 * current successor instead, even where a running instance kept the old id somewhere an agency
 * change did not rewrite (a plan started afterwards with the old lead, say). The variables the
 * task sees that name a retired agency are rewritten too, so that the model's listeners give the
 * task the successor's name and escalations reach the successor.
 */
class SuccessionCreateListener implements TaskListener {

  private final AgencySuccessions successions;

  SuccessionCreateListener(AgencySuccessions successions) {
    this.successions = successions;
  }

  @Override
  public void notify(DelegateTask task) {
    if (successions.none()) {
      return;
    }
    Set<String> groups = new LinkedHashSet<>(TaskAgencies.of(task));
    for (String group : List.copyOf(groups)) {
      String current = successions.current(group);
      if (!current.equals(group)) {
        removeCandidateGroup(task, group);
        revokeTaskAuthorization(task.getId(), group);
        if (groups.add(current)) {
          task.addCandidateGroup(current);
        }
      }
    }
    if (task.getExecutionId() != null) {
      moveVariables(task);
    }
  }

  /**
   * {@code DelegateTask.deleteCandidateGroup} looks the link up in the database, where the links
   * of a task being created are not yet: remove it from the task itself (the link is then never
   * inserted, and history records its removal).
   */
  private static void removeCandidateGroup(DelegateTask task, String groupId) {
    if (!(task instanceof TaskEntity entity)) {
      task.deleteCandidateGroup(groupId);
      return;
    }
    for (IdentityLinkEntity link : List.copyOf(entity.getIdentityLinks())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && groupId.equals(link.getGroupId())) {
        link.delete();
        entity.getIdentityLinks().remove(link);
      }
    }
  }

  /**
   * The engine granted the task to the candidate group when it was added, and keeps that grant
   * when the group is removed: without this the retired agency would still see the task. The grant
   * was made in this very command; the bulk delete runs after its insert at flush.
   */
  private static void revokeTaskAuthorization(String taskId, String groupId) {
    Context.getCommandContext().getAuthorizationManager()
        .deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, taskId, groupId);
  }

  private void moveVariables(DelegateTask task) {
    for (Map.Entry<String, String> variable : AgencyVariables.SINGLE_IDS.entrySet()) {
      if (task.getVariable(variable.getKey()) instanceof String id && successions.isRetired(id)) {
        task.setVariable(variable.getKey(), successions.current(id));
        String nameVariable = variable.getValue();
        if (nameVariable != null && task.getVariable(nameVariable) != null) {
          successions.currentName(id).ifPresent(name -> task.setVariable(nameVariable, name));
        }
      }
    }
    for (String list : AgencyVariables.ID_LISTS) {
      if (task.getVariable(list) instanceof String ids) {
        String replaced = AgencyVariables.replaceInList(ids, successions::current);
        if (replaced != null && !Objects.equals(replaced, ids)) {
          task.setVariable(list, replaced);
        }
      }
    }
  }
}
