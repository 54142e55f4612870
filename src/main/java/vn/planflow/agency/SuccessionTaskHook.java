package vn.planflow.agency;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.engine.UserTaskHook;

/**
 * Every user task of every process for a merged or abolished agency goes to its current
 * successor instead, even where a running instance kept the old id somewhere an agency change did
 * not rewrite (a plan started afterwards with the old lead, say). On create, the variables the
 * task sees that name a retired agency are rewritten too, so that the model's listeners give the
 * task the successor's name and escalations reach the successor.
 */
@Component
class SuccessionTaskHook implements UserTaskHook {

  private final AgencySuccessions successions;
  private final AgencyVariables variables;

  SuccessionTaskHook(AgencySuccessions successions, AgencyVariables variables) {
    this.successions = successions;
    this.variables = variables;
  }

  @Override
  public String candidateGroup(String groupId) {
    return successions.current(groupId);
  }

  @Override
  public TaskListener onCreate() {
    return this::moveVariables;
  }

  private void moveVariables(DelegateTask task) {
    if (successions.nothingToFollow() || task.getExecutionId() == null) {
      return;
    }
    for (Map.Entry<String, String> variable : variables.singleIds().entrySet()) {
      if (task.getVariable(variable.getKey()) instanceof String id && successions.isRetired(id)) {
        task.setVariable(variable.getKey(), successions.current(id));
        String nameVariable = variable.getValue();
        if (nameVariable != null && task.getVariable(nameVariable) != null) {
          successions.currentName(id).ifPresent(name -> task.setVariable(nameVariable, name));
        }
      }
    }
    for (String list : variables.idLists()) {
      if (task.getVariable(list) instanceof String ids) {
        String replaced = AgencyVariables.replaceInList(ids, successions::current);
        if (replaced != null && !Objects.equals(replaced, ids)) {
          task.setVariable(list, replaced);
        }
      }
    }
  }
}
