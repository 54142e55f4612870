package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.LEAD_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.TITLE;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import vn.planflow.plan.PlanProgress.Report;
import vn.planflow.plan.PlanProgress.Standing;

/** The imported plans, newest first, with where their tasks stand. */
@Service
class PlanOverview {

  /** One plan, as {@code GET /api/plans} lists it. */
  record PlanSummary(String processInstanceId, String title, String leadAgency, Object taskCount, Date startedAt,
      boolean ended, long doneOnTime, long doneLate, long inProgress, long overdue,
      List<PlanProgress.RowStanding> sharedRows) {
  }

  private final HistoryService historyService;
  private final PlanProgress progress;

  PlanOverview(HistoryService historyService, PlanProgress progress) {
    this.historyService = historyService;
    this.progress = progress;
  }

  List<PlanSummary> plans() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY)
        .orderByProcessInstanceStartTime().desc().list().stream()
        .map(this::summary)
        .toList();
  }

  private PlanSummary summary(HistoricProcessInstance plan) {
    Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(plan.getId()).variableNameIn(TITLE, LEAD_AGENCY, TASK_COUNT).list().stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
    Report report = progress.of(plan.getId());
    return new PlanSummary(plan.getId(), (String) variables.get(TITLE), (String) variables.get(LEAD_AGENCY),
        variables.get(TASK_COUNT), plan.getStartTime(), plan.getEndTime() != null,
        report.count(Standing.DONE_ON_TIME), report.count(Standing.DONE_LATE), report.count(Standing.IN_PROGRESS),
        report.count(Standing.OVERDUE), report.sharedRows());
  }
}
