package vn.planflow.agency;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.planflow.names.ProcessNames;

/**
 * The ready Tasklist filter every user gets: their agencies' open tasks, soonest due first.
 * Created once, readable by everybody; what it lists depends on who looks at it.
 */
@Component
class TasklistFilters {

  static final String MY_AGENCY_TASKS = "Việc của đơn vị tôi";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Order(AgencyGroups.ORDER + 2)
  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    if (filterService.createFilterQuery().filterName(MY_AGENCY_TASKS).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(MY_AGENCY_TASKS)
        .setQuery(taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate().asc())
        .setProperties(Map.of(
            "description", "Các công việc đang mở của đơn vị tôi, hạn gần nhất trước",
            "priority", -10,
            "color", "#1f6fb2",
            "refresh", true,
            "variables", List.of(
                Map.of("name", ProcessNames.Vars.AGENCY_NAME, "label", "Đơn vị"),
                Map.of("name", ProcessNames.Vars.TITLE, "label", "Kế hoạch"))));
    filterService.saveFilter(filter);
    var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
    authorization.setUserId(Authorization.ANY);
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filter.getId());
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}
