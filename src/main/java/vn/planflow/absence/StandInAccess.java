package vn.planflow.absence;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DateTexts;

/**
 * What a stand-in may do in Tasklist while an official is away, given and taken back within the
 * caller's transaction:
 * <ul>
 *   <li>a Tasklist filter of their own, "Ủy quyền: <name> (đến dd/MM/yyyy)", listing the open tasks
 *       assigned to the absent official (the filter's property {@value #ABSENCE} names the absence);</li>
 *   <li>{@code TASK_ASSIGN} on each of those tasks, so that they can set themselves as the task's
 *       assignee (Tasklist shows a task's form to its assignee only; a candidate agency holds {@code
 *       TASK_WORK}, which lets it claim a free task but not take one assigned to someone else).</li>
 * </ul>
 * Everything runs without the caller's authorizations: the callers have checked who asks.
 */
@Component
class StandInAccess {

  /** The filter property holding the id of the absence the filter serves. */
  static final String ABSENCE = "planflowAbsence";

  private static final List<Permission> TASK_PERMISSIONS = List.of(Permissions.READ, Permissions.UPDATE,
      Permissions.DELETE, Permissions.TASK_WORK, Permissions.TASK_ASSIGN);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final Officials officials;

  StandInAccess(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      Officials officials) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.officials = officials;
  }

  /** Gives the stand-in the filter (once) and {@code TASK_ASSIGN} on every open task of the absent official. */
  void grant(Absence absence) {
    if (filterOf(absence.id()) == null) {
      Filter filter = filterService.newTaskFilter(filterName(absence))
          .setOwner(absence.standIn())
          .setQuery(taskService.createTaskQuery().taskAssignee(absence.userId()).orderByDueDate().asc())
          .setProperties(Map.of(
              "description", "Công việc của " + displayName(absence.userId()) + " trong thời gian vắng mặt, từ "
                  + DateTexts.format(absence.startsOn()) + " đến " + DateTexts.format(absence.endsOn())
                  + ". Mở công việc, chọn người xử lý là chính mình rồi xử lý như việc của mình.",
              "priority", -5,
              "color", "#8a5a00",
              "refresh", true,
              "variables", List.of(
                  Map.of("name", ProcessNames.Vars.AGENCY_NAME, "label", "Đơn vị"),
                  Map.of("name", ProcessNames.Vars.LISTED_PLAN_TITLE, "label", "Kế hoạch")),
              ABSENCE, String.valueOf(absence.id())));
      filterService.saveFilter(filter);
      if (authorizationService.createAuthorizationQuery().userIdIn(absence.standIn()).resourceType(Resources.FILTER)
          .resourceId(filter.getId()).count() == 0) {
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setUserId(absence.standIn());
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
      }
    }
    for (Task task : taskService.createTaskQuery().taskAssignee(absence.userId()).list()) {
      allowAssign(absence.standIn(), task.getId());
    }
  }

  /**
   * Takes back what {@link #grant} gave: the filter goes, and {@code TASK_ASSIGN} on the open tasks
   * still assigned to the official or taken by the stand-in.
   */
  void revoke(Absence absence) {
    Filter filter = filterOf(absence.id());
    if (filter != null) {
      filterService.deleteFilter(filter.getId());
    }
    for (Authorization grant : authorizationService.createAuthorizationQuery().userIdIn(absence.standIn())
        .resourceType(Resources.TASK).authorizationType(AUTH_TYPE_GRANT).hasPermission(Permissions.TASK_ASSIGN)
        .list()) {
      Task task = taskService.createTaskQuery().taskId(grant.getResourceId()).singleResult();
      if (task == null || Objects.equals(task.getAssignee(), absence.userId())
          || Objects.equals(task.getAssignee(), absence.standIn())) {
        grant.removePermission(Permissions.TASK_ASSIGN);
        if (TASK_PERMISSIONS.stream().noneMatch(grant::isPermissionGranted)) {
          authorizationService.deleteAuthorization(grant.getId());
        } else {
          authorizationService.saveAuthorization(grant);
        }
      }
    }
  }

  /** Deletes the filter of an absence whose row is gone. */
  void dropFilter(long absenceId) {
    Filter filter = filterOf(absenceId);
    if (filter != null) {
      filterService.deleteFilter(filter.getId());
    }
  }

  /** The Tasklist filter serving the absence, if any. */
  Filter filterOf(long absenceId) {
    return filterService.createFilterQuery().filterResourceType(Resources.TASK.resourceName()).list().stream()
        .filter(filter -> String.valueOf(absenceId).equals(String.valueOf(filter.getProperties().get(ABSENCE))))
        .findFirst().orElse(null);
  }

  /** The ids of the absences that have a Tasklist filter now. */
  List<Long> withFilters() {
    return filterService.createFilterQuery().list().stream()
        .map(filter -> filter.getProperties() == null ? null : filter.getProperties().get(ABSENCE))
        .filter(Objects::nonNull).map(id -> Long.valueOf(id.toString())).toList();
  }

  String filterName(Absence absence) {
    return "Ủy quyền: " + displayName(absence.userId()) + " (đến " + DateTexts.format(absence.endsOn()) + ")";
  }

  private String displayName(String userId) {
    return officials.name(userId);
  }

  private void allowAssign(String userId, String taskId) {
    Authorization grant = authorizationService.createAuthorizationQuery().userIdIn(userId)
        .resourceType(Resources.TASK).resourceId(taskId).authorizationType(AUTH_TYPE_GRANT).list().stream()
        .findFirst().orElse(null);
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setUserId(userId);
      grant.setResource(Resources.TASK);
      grant.setResourceId(taskId);
    } else if (grant.isPermissionGranted(Permissions.TASK_ASSIGN)) {
      return;
    }
    grant.addPermission(Permissions.TASK_ASSIGN);
    authorizationService.saveAuthorization(grant);
  }
}
