package vn.planflow.agency;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * Rewrites the variables of running instances that name a retiring agency ({@link
 * AgencyVariables}), where they live: process-wide, local to a multi-instance execution, or local
 * to a task; history is left as it was. Within the caller's transaction.
 */
@Component
public class VariableMoves {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final AgencyVariables variables;

  VariableMoves(RuntimeService runtimeService, TaskService taskService, AgencyVariables variables) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.variables = variables;
  }

  /** @return the ids of the process instances whose variables changed */
  Set<String> move(Agency retired, Agency successor) {
    Set<String> instances = new LinkedHashSet<>();
    for (Map.Entry<String, String> variable : variables.singleIds().entrySet()) {
      for (VariableInstance found : runtimeService.createVariableInstanceQuery()
          .variableValueEquals(variable.getKey(), retired.id()).list()) {
        if (isCaseVariable(found)) {
          continue;
        }
        set(found, variable.getKey(), successor.id());
        if (variable.getValue() != null && get(found, variable.getValue()) != null) {
          set(found, variable.getValue(), successor.name());
        }
        instances.add(found.getProcessInstanceId());
      }
    }
    for (String list : variables.idLists()) {
      for (VariableInstance found : runtimeService.createVariableInstanceQuery()
          .variableValueLike(list, "%" + retired.id() + "%").list()) {
        String replaced = !isCaseVariable(found) && found.getValue() instanceof String ids ? AgencyVariables.replaceInList(ids,
            id -> id.equals(retired.id()) ? successor.id() : id) : null;
        if (replaced != null) {
          set(found, list, replaced);
          instances.add(found.getProcessInstanceId());
        }
      }
    }
    instances.remove(null);
    return instances;
  }

  private static boolean isCaseVariable(VariableInstance variable) {
    return variable.getTaskId() == null && variable.getExecutionId() == null;
  }

  private Object get(VariableInstance scope, String name) {
    return scope.getTaskId() != null ? taskService.getVariableLocal(scope.getTaskId(), name)
        : runtimeService.getVariableLocal(scope.getExecutionId(), name);
  }

  private void set(VariableInstance scope, String name, Object value) {
    if (scope.getTaskId() != null) {
      taskService.setVariableLocal(scope.getTaskId(), name, value);
    } else {
      runtimeService.setVariableLocal(scope.getExecutionId(), name, value);
    }
  }
}
