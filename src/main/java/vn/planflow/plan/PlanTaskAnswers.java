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

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.plan.PlanProcesses.ProgressStatus;
import vn.planflow.plan.PlanProcesses.Verification;
import vn.planflow.refusal.EngineTexts;
import vn.planflow.refusal.InputRefusedException;
import vn.planflow.time.DueDates;
import vn.planflow.time.WorkingCalendar;

/**
 * The answers of the tasks of {@code plan-task}: whether a completion may go through, and what it
 * leaves for the next step (the contributions for the lead, the reports and the verification in
 * the task's history, the verification's due date after "done").
 */
@Service
class PlanTaskAnswers {

  private final AgencyDirectory directory;
  private final DueDates dueDates;
  private final WorkingCalendar calendar;
  private final PlanProperties properties;

  PlanTaskAnswers(AgencyDirectory directory, DueDates dueDates, WorkingCalendar calendar, PlanProperties properties) {
    this.directory = directory;
    this.dueDates = dueDates;
    this.calendar = calendar;
    this.properties = properties;
  }

  /**
   * The variables a completion of task {@code taskKey} by {@code agencyId} at {@code now} sets.
   *
   * @param variables the task's variables as the completion sees them
   * @throws InputRefusedException naming, in Vietnamese, what the answer lacks
   */
  Map<String, Object> completed(String taskKey, Function<String, Object> variables, List<String> tooLong,
      String agencyId, Date now) {
    List<String> problems = new ArrayList<>(PlanTaskRules.problems(taskKey, variables));
    problems.addAll(tooLong);
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems));
    }
    Map<String, Object> set = new LinkedHashMap<>();
    String at = dueDates.formatMoment(now);
    String agency = directory.name(agencyId);
    switch (taskKey) {
      case CONTRIBUTE_TO_REPORT -> set.put(CONTRIBUTIONS_TEXT, EngineTexts.append(variables.apply(CONTRIBUTIONS_TEXT),
          directory.name(String.valueOf(variables.apply(CONTRIBUTING_AGENCY))) + " (" + at + "): "
              + variables.apply(CONTRIBUTION)));
      case REPORT_PROGRESS -> reported(variables, at, agency, now, set);
      case VERIFY_COMPLETION -> verified(variables, at, agency, set);
      default -> { }
    }
    return set;
  }

  private void reported(Function<String, Object> variables, String at, String agency, Date now,
      Map<String, Object> set) {
    ProgressStatus status = ProgressStatus.fromId(variables.apply(PROGRESS_STATUS));
    set.put(LAST_PROGRESS_STATUS, status.id());
    set.put(PROGRESS_HISTORY_TEXT, EngineTexts.append(variables.apply(PROGRESS_HISTORY_TEXT),
        at + " – " + agency + " báo cáo: " + status.label() + ". " + variables.apply(PROGRESS_NOTE)));
    if (status == ProgressStatus.DONE) {
      set.put(DONE_REPORTED_AT, now);
      set.put(VERIFICATION_DUE, dueDates.endOf(
          calendar.plusWorkingDays(dueDates.day(now), properties.verificationWorkingDays())));
    }
  }

  private static void verified(Function<String, Object> variables, String at, String agency, Map<String, Object> set) {
    Object history = variables.apply(PROGRESS_HISTORY_TEXT);
    if (Verification.ACCEPTED.equals(variables.apply(VERIFICATION_RESULT))) {
      set.put(COMPLETED_ON, variables.apply(DONE_REPORTED_AT));
      set.put(PROGRESS_HISTORY_TEXT, EngineTexts.append(history, at + " – " + agency + " xác nhận hoàn thành."));
    } else {
      set.put(LAST_PROGRESS_STATUS, ProgressStatus.ON_TRACK.id());
      set.put(PROGRESS_HISTORY_TEXT, EngineTexts.append(history,
          at + " – " + agency + " trả lại: " + variables.apply(VERIFICATION_NOTE)));
    }
  }
}
