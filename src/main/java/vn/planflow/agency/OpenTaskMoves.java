package vn.planflow.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves the open tasks of a retiring agency to its successor, within the caller's transaction:
 * the candidate group changes (the engine grants the task to the successor; the retired group's
 * grant is revoked), a claim by someone outside the successor is released, the task's agency
 * name follows. Due date and deadline timers stay: they belong to the task.
 */
@Component
class OpenTaskMoves {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  OpenTaskMoves(TaskService taskService, IdentityService identityService,
      AuthorizationService authorizationService) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** The open tasks (any process, claimed or not) that have {@code agencyId} as candidate group. */
  List<Task> of(String agencyId) {
    return taskService.createTaskQuery().taskCandidateGroup(agencyId).includeAssignedTasks()
        .orderByTaskCreateTime().asc().list();
  }

  /** @return the ids of the moved tasks */
  List<String> move(List<Task> tasks, Agency retired, Agency successor) {
    List<String> moved = new ArrayList<>();
    for (Task task : tasks) {
      boolean hasSuccessor = TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(task.getId()))
          .contains(successor.id());
      if (!hasSuccessor) {
        taskService.addCandidateGroup(task.getId(), successor.id());
      }
      taskService.deleteCandidateGroup(task.getId(), retired.id());
      revoke(authorizationService.createAuthorizationQuery().groupIdIn(retired.id()), task.getId());
      String assignee = task.getAssignee();
      if (assignee != null && !isMember(assignee, successor.id())) {
        taskService.setAssignee(task.getId(), null);
        revoke(authorizationService.createAuthorizationQuery().userIdIn(assignee), task.getId());
      }
      Object agencyName = taskService.getVariableLocal(task.getId(), AgencyVariables.TASK_AGENCY_NAME);
      if (Objects.equals(agencyName, retired.name()) || Objects.equals(agencyName, retired.id())) {
        taskService.setVariableLocal(task.getId(), AgencyVariables.TASK_AGENCY_NAME, successor.name());
      }
      moved.add(task.getId());
    }
    return moved;
  }

  private boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  /** The engine keeps a task's grants when a candidate or the assignee goes; we do not. */
  private void revoke(AuthorizationQuery whose, String taskId) {
    whose.resourceType(Resources.TASK).resourceId(taskId).authorizationType(Authorization.AUTH_TYPE_GRANT).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
  }
}
