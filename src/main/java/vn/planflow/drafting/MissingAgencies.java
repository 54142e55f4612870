package vn.planflow.drafting;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskAgencies;

/**
 * When a multi-instance stage's deadline passes, records which agencies have not answered, so
 * that the lead goes on with what it has and knows who is missing. Their tasks stay open and
 * keep being chased; what they send late is added to the lead's view by {@link DraftingRecord}.
 */
@Service
class MissingAgencies {

  private final TaskService taskService;
  private final AgencyDirectory directory;

  MissingAgencies(TaskService taskService, AgencyDirectory directory) {
    this.taskService = taskService;
    this.directory = directory;
  }

  void record(DelegateExecution execution, String taskKey, String idsVariable, String textVariable) {
    List<String> missing = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .list().stream()
        .flatMap(task -> TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(task.getId())).stream())
        .distinct()
        .toList();
    execution.setVariable(idsVariable, String.join(",", missing));
    execution.setVariable(textVariable, missing.stream().map(id -> "• " + directory.name(id))
        .collect(Collectors.joining("\n")));
  }
}
