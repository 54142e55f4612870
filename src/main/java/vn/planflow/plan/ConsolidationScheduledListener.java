package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.CONSOLIDATION_CYCLE;
import static vn.planflow.plan.PlanProcesses.Vars.CONSOLIDATION_DUE;
import static vn.planflow.plan.PlanProcesses.Vars.CONSOLIDATION_TABLE;
import static vn.planflow.plan.PlanProcesses.Vars.CONSOLIDATED_REPORT;
import static vn.planflow.plan.PlanProcesses.Vars.DOCUMENTS_URL;
import static vn.planflow.plan.PlanProcesses.Vars.DONE_LATE_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.DONE_ON_TIME_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.IN_PROGRESS_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.OVERDUE_COUNT;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_PERIOD_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.UBND_REVIEW_DUE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Component;
import vn.planflow.time.DueDates;
import vn.planflow.time.WorkingCalendar;
import vn.planflow.plan.PlanProgress.Report;
import vn.planflow.plan.PlanProgress.Standing;
import vn.planflow.names.ProcessNames;

/**
 * End listener of {@code Timer_ConsolidationDue}: a report date of the plan has come. Counts where
 * every task stands for the lead's consolidation and UBND tỉnh's review, and sets their due dates.
 */
@Component("consolidationScheduledListener")
class ConsolidationScheduledListener implements ExecutionListener {

  private final PlanProgress progress;
  private final PlanReports reports;
  private final WorkingCalendar calendar;
  private final DueDates dueDates;
  private final PlanProperties properties;

  ConsolidationScheduledListener(PlanProgress progress, PlanReports reports, WorkingCalendar calendar,
      DueDates dueDates, PlanProperties properties) {
    this.progress = progress;
    this.reports = reports;
    this.calendar = calendar;
    this.dueDates = dueDates;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int cycle = reports.cycle(execution, CONSOLIDATION_CYCLE) + 1;
    LocalDate today = dueDates.day(EngineClock.now());
    execution.setVariable(CONSOLIDATION_CYCLE, cycle);
    execution.setVariable(CONSOLIDATION_DUE, reports.consolidationDue(EngineClock.now()));
    execution.setVariable(UBND_REVIEW_DUE, dueDates.endOf(calendar.plusWorkingDays(today, properties.reviewWorkingDays())));
    execution.setVariable(REPORT_PERIOD_TEXT, "Kỳ báo cáo thứ " + cycle + " (đến ngày " + dueDates.format(EngineClock.now()) + ")");
    execution.setVariable(DOCUMENTS_URL, ProcessNames.documentsUrl(execution.getProcessInstanceId()));
    execution.removeVariable(CONSOLIDATED_REPORT);

    Report report = progress.of(execution.getProcessInstanceId());
    execution.setVariable(CONSOLIDATION_TABLE, report.table());
    execution.setVariable(DONE_ON_TIME_COUNT, report.count(Standing.DONE_ON_TIME));
    execution.setVariable(DONE_LATE_COUNT, report.count(Standing.DONE_LATE));
    execution.setVariable(IN_PROGRESS_COUNT, report.count(Standing.IN_PROGRESS));
    execution.setVariable(OVERDUE_COUNT, report.count(Standing.OVERDUE));
  }
}
