package vn.planflow.document;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import vn.planflow.deadline.Lateness;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * The plans an official's agency leads (all plans, for administrators), each with how its agencies
 * stand: answered on time, answered late, still open, overdue. A plan is a top-level instance (a
 * drafting or a plan carried out), not one of a plan's tasks, whose {@code leadAgency} is the
 * task's own lead.
 */
@Service
class LeadPlans {

  /** One plan as the list shows it. */
  record LeadPlan(String processInstanceId, String title, String businessKey, String process, String started,
      boolean running, int onTime, int late, int open, int openOverdue) {
  }

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final Lateness lateness;
  private final DueDates dueDates;
  private final Documents documents;

  LeadPlans(HistoryService historyService, IdentityService identityService, Lateness lateness, DueDates dueDates,
      Documents documents) {
    this.documents = documents;
    this.historyService = historyService;
    this.identityService = identityService;
    this.lateness = lateness;
    this.dueDates = dueDates;
  }

  /** Running plans first, the latest started first. */
  List<LeadPlan> of(Official official) {
    return EngineIdentity.asChecked(identityService, () -> instances(official).stream()
        .filter(instance -> instance.getSuperProcessInstanceId() == null)
        .sorted(Comparator.comparing((HistoricProcessInstance instance) -> instance.getEndTime() != null)
            .thenComparing(HistoricProcessInstance::getStartTime, Comparator.reverseOrder()))
        .map(this::leadPlan)
        .toList());
  }

  private List<HistoricProcessInstance> instances(Official official) {
    if (official.isAdmin()) {
      return historyService.createHistoricProcessInstanceQuery().unfinished().list();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String group : official.groupIds()) {
      historyService.createHistoricVariableInstanceQuery().variableValueEquals(ProcessNames.Vars.LEAD_AGENCY, group)
          .list().stream()
          .filter(variable -> variable.getActivityInstanceId() == null
              || variable.getActivityInstanceId().equals(variable.getProcessInstanceId()))
          .forEach(variable -> ids.add(variable.getProcessInstanceId()));
    }
    return ids.isEmpty() ? List.of() : historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).list();
  }

  private LeadPlan leadPlan(HistoricProcessInstance instance) {
    Lateness.Report report = lateness.of(instance.getId());
    int onTime = 0;
    int late = 0;
    int open = 0;
    int overdue = 0;
    for (Lateness.AgencyLateness agency : report.agencies()) {
      onTime += agency.onTime();
      late += agency.late();
      open += agency.open();
      overdue += agency.openOverdue();
    }
    String title = documents.title(instance.getId()).orElse(instance.getProcessDefinitionName());
    return new LeadPlan(instance.getId(), title, instance.getBusinessKey() == null ? "" : instance.getBusinessKey(),
        instance.getProcessDefinitionName(), dueDates.formatMoment(instance.getStartTime()),
        instance.getEndTime() == null, onTime, late, open, overdue);
  }
}
