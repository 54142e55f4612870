package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.PlanTask.CONTRIBUTE_TO_REPORT;
import static vn.planflow.plan.PlanProcesses.PlanTask.REPORT_PROGRESS;
import static vn.planflow.plan.PlanProcesses.PlanTask.VERIFY_COMPLETION;
import static vn.planflow.plan.PlanProcesses.Vars.COMPLETED_ON;
import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTING_AGENCY;
import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTION;
import static vn.planflow.plan.PlanProcesses.Vars.CONTRIBUTIONS_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.DONE_REPORTED_AT;
import static vn.planflow.plan.PlanProcesses.Vars.LAST_PROGRESS_STATUS;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_HISTORY_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_NOTE;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_STATUS;
import static vn.planflow.plan.PlanProcesses.Vars.VERIFICATION_DUE;
import static vn.planflow.plan.PlanProcesses.Vars.VERIFICATION_NOTE;
import static vn.planflow.plan.PlanProcesses.Vars.VERIFICATION_RESULT;

import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.deadline.DueDates;
import vn.planflow.deadline.WorkingCalendar;
import vn.planflow.plan.PlanProcesses.ProgressStatus;
import vn.planflow.plan.PlanProcesses.Verification;
import vn.planflow.rest.EngineTexts;
import vn.planflow.rest.InputRefusedException;

/**
 * Listener on {@code create} and {@code complete} of every user task of {@code plan-task} and
 * {@code plan-implementation}: gives each task its due date and agency for the form, refuses a
 * completion without its answer (the process stays where it was), and keeps the answers readable
 * for the next step: the contributions for the lead, the reports for the verification.
 */
@Component("planTaskListener")
class PlanTaskListener implements TaskListener {

  static final String DUE_DATE_TEXT = "dueDateText";
  static final String AGENCY_NAME = "agencyName";

  private final AgencyDirectory directory;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;
  private final PlanProperties properties;

  PlanTaskListener(AgencyDirectory directory, DueDates dueDates, WorkingCalendar calendar, PlanProperties properties) {
    this.directory = directory;
    this.dueDates = dueDates;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(DUE_DATE_TEXT, dueDates.format(task.getDueDate()));
      task.setVariableLocal(AGENCY_NAME, directory.name(TaskAgencies.first(task)));
      if (VERIFY_COMPLETION.equals(task.getTaskDefinitionKey())) {
        task.removeVariable(VERIFICATION_RESULT);
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      List<String> problems = new ArrayList<>(PlanTaskRules.problems(task.getTaskDefinitionKey(), task::getVariable));
      problems.addAll(EngineTexts.tooLong(task));
      if (!problems.isEmpty()) {
        throw new InputRefusedException(String.join(" ", problems));
      }
      record(task);
    }
  }

  private void record(DelegateTask task) {
    String now = dueDates.formatMoment(ClockUtil.getCurrentTime());
    String agency = directory.name(TaskAgencies.first(task));
    switch (task.getTaskDefinitionKey()) {
      case CONTRIBUTE_TO_REPORT -> append(task, CONTRIBUTIONS_TEXT,
          directory.name(String.valueOf(task.getVariable(CONTRIBUTING_AGENCY))) + " (" + now + "): "
              + task.getVariable(CONTRIBUTION));
      case REPORT_PROGRESS -> reported(task, now, agency);
      case VERIFY_COMPLETION -> verified(task, now, agency);
      default -> { }
    }
  }

  private void reported(DelegateTask task, String now, String agency) {
    ProgressStatus status = ProgressStatus.fromId(task.getVariable(PROGRESS_STATUS));
    task.setVariable(LAST_PROGRESS_STATUS, status.id());
    append(task, PROGRESS_HISTORY_TEXT, now + " – " + agency + " báo cáo: " + status.label() + ". "
        + task.getVariable(PROGRESS_NOTE));
    if (status == ProgressStatus.DONE) {
      Date reportedAt = ClockUtil.getCurrentTime();
      task.setVariable(DONE_REPORTED_AT, reportedAt);
      task.setVariable(VERIFICATION_DUE, dueDates.endOf(
          calendar.plusWorkingDays(dueDates.day(reportedAt), properties.verificationWorkingDays())));
    }
  }

  private void verified(DelegateTask task, String now, String agency) {
    if (Verification.ACCEPTED.equals(task.getVariable(VERIFICATION_RESULT))) {
      task.setVariable(COMPLETED_ON, task.getVariable(DONE_REPORTED_AT));
      append(task, PROGRESS_HISTORY_TEXT, now + " – " + agency + " xác nhận hoàn thành.");
    } else {
      task.setVariable(LAST_PROGRESS_STATUS, ProgressStatus.ON_TRACK.id());
      append(task, PROGRESS_HISTORY_TEXT, now + " – " + agency + " trả lại: " + task.getVariable(VERIFICATION_NOTE));
    }
  }

  private static void append(DelegateTask task, String variable, String line) {
    task.setVariable(variable, EngineTexts.append(task.getVariable(variable), line));
  }
}
