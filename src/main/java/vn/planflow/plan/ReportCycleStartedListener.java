package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTIONS_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTION_DUE;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_NOTE;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_STATUS;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_CYCLE;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_PERIOD_TEXT;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Component;
import vn.planflow.time.DueDates;
import vn.planflow.time.WorkingCalendar;

/**
 * Start listener of {@code SubProcess_ReportCycle}: opens report cycle k of a plan task, with the
 * lead's report due ({@code reportDue}) and the coordinating agencies' contributions due some
 * working days earlier ({@code contributionDue}), and clears the last cycle's answers.
 */
@Component("reportCycleStartedListener")
class ReportCycleStartedListener implements ExecutionListener {

  private final PlanReports reports;
  private final WorkingCalendar calendar;
  private final DueDates dueDates;
  private final PlanProperties properties;

  ReportCycleStartedListener(PlanReports reports, WorkingCalendar calendar, DueDates dueDates,
      PlanProperties properties) {
    this.reports = reports;
    this.calendar = calendar;
    this.dueDates = dueDates;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Date reportDue = reports.openCycle(execution);
    LocalDate contributionDay = calendar.minusWorkingDays(dueDates.day(reportDue), properties.contributionWorkingDays());
    Date contributionDue = dueDates.endOf(contributionDay);
    execution.setVariable(CONTRIBUTION_DUE,
        contributionDue.after(EngineClock.now()) && contributionDue.before(reportDue) ? contributionDue : reportDue);
    execution.setVariable(REPORT_PERIOD_TEXT, "Kỳ báo cáo thứ " + execution.getVariable(REPORT_CYCLE)
        + ", hạn báo cáo " + dueDates.format(reportDue));
    execution.setVariable(CONTRIBUTIONS_TEXT, "");
    execution.removeVariable(PROGRESS_STATUS);
    execution.removeVariable(PROGRESS_NOTE);
  }
}
