package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.CONSOLIDATION_CYCLE;
import static vn.planflow.plan.PlanProcesses.Vars.DUE;
import static vn.planflow.plan.PlanProcesses.Vars.PLAN_STARTED_AT;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_CYCLE;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_DUE;
import static vn.planflow.plan.PlanProcesses.Vars.REPORT_EVERY;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_STARTED_AT;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Component;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.DueDates;
import vn.planflow.time.IsoDurations;
import vn.planflow.time.WorkingCalendar;

/**
 * The report calendar of a plan: report k of a task falls {@code k × reportEvery} after the task
 * started, and the plan's consolidation k {@code k × reportEvery} after the plan started. A task
 * with a deadline inside a period reports at its deadline instead, and once that deadline has
 * passed unfinished its report is asked for again at once (and escalated) until it is done.
 */
@Component("planReports")
public class PlanReports {

  private final CalendarProperties deadlines;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;
  private final PlanProperties properties;

  PlanReports(CalendarProperties deadlines, DueDates dueDates, WorkingCalendar calendar, PlanProperties properties) {
    this.deadlines = deadlines;
    this.dueDates = dueDates;
    this.calendar = calendar;
    this.properties = properties;
  }

  /**
   * The lead's due dates of the plan's consolidations still to come, read from its variables ({@code planStartedAt},
   * {@code reportEvery}, {@code consolidationCycle}): those whose report date is after now, up to
   * {@code until} (the plan's last deadline), always the next one, at most {@code max}. Empty for a
   * plan without a report calendar.
   */
  public List<Date> coming(Map<String, Object> planVariables, Date until, int max) {
    if (!(planVariables.get(PLAN_STARTED_AT) instanceof Date start) || planVariables.get(REPORT_EVERY) == null
        || !IsoDurations.isPositive(planVariables.get(REPORT_EVERY).toString())) {
      return List.of();
    }
    String every = planVariables.get(REPORT_EVERY).toString();
    int cycle = planVariables.get(CONSOLIDATION_CYCLE) instanceof Integer fired ? fired : 0;
    Date now = EngineClock.now();
    List<Date> coming = new ArrayList<>();
    // a cycle of minutes (a plan tried out) may leave many report dates behind: look at a bounded number
    for (int looked = 0; coming.size() < max && looked < 1000; looked++) {
      Date reportAt = reportDate(start, every, ++cycle);
      if (!reportAt.after(now)) {
        continue; // its timer is due: the consolidation's task is about to be created
      }
      if (!coming.isEmpty() && (until == null || reportAt.after(until))) {
        break;
      }
      coming.add(consolidationDue(reportAt));
    }
    return coming;
  }

  /** The lead's due date for the consolidation whose report date is {@code reportAt}. */
  Date consolidationDue(Date reportAt) {
    return dueDates.endOf(calendar.plusWorkingDays(dueDates.day(reportAt), properties.consolidationWorkingDays()));
  }

  /** {@code Timer_NextReport}: when the next report cycle of a task opens. */
  public Date nextReportAt(VariableScope task) {
    Date now = EngineClock.now();
    Date due = (Date) task.getVariable(DUE);
    if (due != null && !now.before(due)) {
      return now;
    }
    Date reportDue = (Date) task.getVariable(REPORT_DUE);
    return reportDue == null || reportDue.before(now) ? now : reportDue;
  }

  /** {@code Timer_ConsolidationDue}: the plan's next report date. */
  public Date nextConsolidationAt(VariableScope plan) {
    Object cycle = plan.getVariable(CONSOLIDATION_CYCLE);
    int next = (cycle == null ? 0 : (Integer) cycle) + 1;
    return reportDate(plan, PLAN_STARTED_AT, next);
  }

  /**
   * Opens report cycle k of a task: the first whose report date is still ahead (reports are not
   * asked for periods already gone), and its report's due date.
   */
  Date openCycle(VariableScope task) {
    Date now = EngineClock.now();
    Object last = task.getVariable(REPORT_CYCLE);
    int cycle = (last == null ? 0 : (Integer) last) + 1;
    Date reportAt = reportDate(task, TASK_STARTED_AT, cycle);
    while (!reportAt.after(now)) {
      cycle++;
      reportAt = reportDate(task, TASK_STARTED_AT, cycle);
    }
    task.setVariable(REPORT_CYCLE, cycle);
    Date due = (Date) task.getVariable(DUE);
    Date reportDue = due != null && due.before(reportAt) ? due : reportAt;
    task.setVariable(REPORT_DUE, reportDue);
    return reportDue;
  }

  /** Report date {@code cycle} of a task started at {@code start} that reports every {@code every}. */
  Date reportDate(Date start, String every, int cycle) {
    ZonedDateTime at = IsoDurations.plus(start.toInstant().atZone(deadlines.zone()), every, cycle);
    if (every.contains("T")) {
      return Date.from(at.toInstant());
    }
    return dueDates.endOf(calendar.onOrAfter(at.toLocalDate()));
  }

  int cycle(VariableScope scope, String variable) {
    Object value = scope.getVariable(variable);
    return value == null ? 0 : (Integer) value;
  }

  /**
   * Report date k: {@code k × reportEvery} after the start, at the close of that office day, moved
   * to the next working day when it falls on a day off. A period shorter than a day (PT10M, for
   * trying a plan out) is kept to the minute.
   */
  private Date reportDate(VariableScope scope, String startVariable, int cycle) {
    return reportDate((Date) scope.getVariable(startVariable), scope.getVariable(REPORT_EVERY).toString(), cycle);
  }
}
