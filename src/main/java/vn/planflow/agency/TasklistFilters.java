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
import org.camunda.bpm.engine.task.Task;
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

  /** The columns the filter shows: task-local variables, which the agency may read. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", ProcessNames.Vars.AGENCY_NAME, "label", "Đơn vị"),
      Map.of("name", ProcessNames.Vars.LISTED_PLAN_TITLE, "label", "Kế hoạch"));
  private static final int PAGE = 500;

  @Order(AgencyGroups.ORDER + 2)
  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    Filter existing = filterService.createFilterQuery().filterName(MY_AGENCY_TASKS).singleResult();
    if (existing != null) {
      upgrade(existing);
      return;
    }
    Filter filter = filterService.newTaskFilter(MY_AGENCY_TASKS)
        .setQuery(taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate().asc())
        .setProperties(properties());
    filterService.saveFilter(filter);
    var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
    authorization.setUserId(Authorization.ANY);
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filter.getId());
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }

  private static Map<String, Object> properties() {
    return Map.of(
        "description", "Các công việc đang mở của đơn vị tôi, hạn gần nhất trước",
        "priority", -10,
        "color", "#1f6fb2",
        "refresh", true,
        "variables", COLUMNS);
  }

  /**
   * A filter saved by an earlier release showed the process's {@code title}, which agencies cannot
   * read: it gets today's columns, and the open tasks created before get their local plan title.
   */
  private void upgrade(Filter filter) {
    if (COLUMNS.equals(filter.getProperties().get("variables"))) {
      return;
    }
    filter.setProperties(properties());
    filterService.saveFilter(filter);
    int first = 0;
    for (List<Task> page = openTasks(first); !page.isEmpty(); page = openTasks(first += PAGE)) {
      for (Task task : page) {
        if (taskService.getVariableLocal(task.getId(), ProcessNames.Vars.LISTED_PLAN_TITLE) == null) {
          Object title = taskService.getVariable(task.getId(), ProcessNames.Vars.TITLE);
          if (title != null) {
            taskService.setVariableLocal(task.getId(), ProcessNames.Vars.LISTED_PLAN_TITLE, title);
          }
        }
      }
    }
  }

  private List<Task> openTasks(int first) {
    return taskService.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
  }
}
