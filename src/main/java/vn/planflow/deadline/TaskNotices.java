package vn.planflow.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.notification.NoticeKind;
import vn.planflow.notification.TaskNotice;
import vn.planflow.names.ProcessNames;

/** Describes a task for its deadline mail: what it asks, of whom, in which plan, due when. */
@Component
class TaskNotices {

  /**
   * The variables naming the agency that chases everyone, whose members escalations also reach:
   * a plan task's {@code planLeadAgency} (its own {@code leadAgency} is the task's lead), else the
   * process's {@code leadAgency}.
   */
  static final List<String> CHASING_AGENCY = List.of(ProcessNames.Vars.PLAN_LEAD_AGENCY, ProcessNames.Vars.LEAD_AGENCY);
  static final String TITLE = ProcessNames.Vars.TITLE;

  private final AgencyDirectory directory;

  TaskNotices(AgencyDirectory directory) {
    this.directory = directory;
  }

  TaskNotice describe(DelegateTask task, NoticeKind kind, Instant moment, int workingDays) {
    List<String> agencies = TaskAgencies.of(task);
    List<String> recipients = new ArrayList<>(agencies);
    if (kind == NoticeKind.ESCALATION) {
      Object lead = CHASING_AGENCY.stream().map(task::getVariable).filter(Objects::nonNull).findFirst().orElse(null);
      if (lead != null && !recipients.contains(lead.toString())) {
        recipients.add(lead.toString());
      }
    }
    String agencyId = agencies.isEmpty() ? "" : agencies.get(0);
    // the task's own copy of the plan's title (set when it was created) spares reading every scope
    Object title = task.getVariableLocal(ProcessNames.Vars.LISTED_PLAN_TITLE);
    if (title == null) {
      title = task.getVariable(TITLE);
    }
    return new TaskNotice(kind, task.getId(), task.getName(), documentation(task),
        task.getProcessInstanceId(), title == null ? "" : title.toString(),
        agencyId, agencies.stream().map(directory::name).collect(Collectors.joining(", ")),
        task.getDueDate(), moment, workingDays, recipients, task.getAssignee());
  }

  private static String documentation(DelegateTask task) {
    FlowElement element = task.getBpmnModelElementInstance();
    if (element == null) {
      return "";
    }
    return element.getDocumentations().stream().map(Documentation::getTextContent)
        .collect(Collectors.joining("\n")).trim();
  }
}
