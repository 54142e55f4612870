package vn.planflow.drafting;

import vn.planflow.agency.Agency;

import static vn.planflow.drafting.ResolutionDrafting.Vars.AGENCY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DUE_DATE_TEXT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_AGENCY;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.planflow.time.DueDates;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyLists;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.names.ProcessNames;
import vn.planflow.refusal.EngineTexts;
import vn.planflow.refusal.InputRefusedException;

/**
 * Listener on {@code create} and {@code complete} of every user task of {@code
 * resolution-drafting}. On create it gives the task what its form shows (due date, agency) and
 * clears the answers an earlier pass left; on complete it refuses a completion that lacks what
 * the contract requires (the command rolls back, so the process stays where it was; REST answers
 * 400 with the message) and records the answer.
 */
@Component("draftingTaskListener")
class DraftingTaskListener implements TaskListener {

  private final AgencyDirectory directory;
  private final DueDates dueDates;
  private final DraftingRecord record;
  private final DraftingReview review;
  private final AgencyLists agencyLists;

  DraftingTaskListener(AgencyDirectory directory, DueDates dueDates, DraftingRecord record, DraftingReview review,
      AgencyLists agencyLists) {
    this.agencyLists = agencyLists;
    this.review = review;
    this.directory = directory;
    this.dueDates = dueDates;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_COMPLETE -> completed(task);
      default -> { }
    }
  }

  private void created(DelegateTask task) {
    task.setVariableLocal(DUE_DATE_TEXT, dueDates.format(task.getDueDate()));
    task.setVariableLocal(AGENCY_NAME, directory.name(agencyOf(task)));
    task.setVariableLocal(ProcessNames.Vars.LISTED_PLAN_TITLE, task.getVariable(ProcessNames.Vars.TITLE));
    task.setName(listName(task.getName(), directory.find(agencyOf(task)).map(Agency::shortName)
        .orElse(agencyOf(task)), task.getVariable(ProcessNames.Vars.TITLE)));
    if (ResolutionDrafting.Tasks.SEND_REPORT_OUTLINE.equals(task.getTaskDefinitionKey())) {
      List<String> names = agencyLists.split(String.valueOf(
          task.getVariable(ResolutionDrafting.Vars.SURVEY_AGENCIES))).stream().map(directory::name).toList();
      task.setVariableLocal(SURVEY_AGENCY_NAMES, namesWithin(names, NAMES_SHOWN));
    }
    record.clearAnswers(task);
    record.gathered(task);
    review.created(task);
  }

  private void completed(DelegateTask task) {
    List<String> problems = new ArrayList<>(CompletionRules.problems(task.getTaskDefinitionKey(), task::getVariable));
    problems.addAll(EngineTexts.tooLong(task));
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems));
    }
    String agency = agencyOf(task);
    review.completed(task, agency, directory.name(agency));
    record.answered(task, agency, directory.name(agency));
  }

  /** The agency a task is for: its multi-instance agency, else its candidate group. */
  private static String agencyOf(DelegateTask task) {
    Object agency = task.getVariable(SURVEY_AGENCY);
    if (agency != null) {
      return agency.toString();
    }
    return TaskAgencies.first(task);
  }

  /**
   * A task's name in Tasklist's list: the step, the agency it is for and the plan, so that two
   * "Góp ý dự thảo" of two plans, or of two agencies an official belongs to, read apart
   * ("Góp ý dự thảo · Sở Y tế · Kế hoạch chuyển đổi số 2026").
   */
  static String listName(String step, String agency, Object planTitle) {
    String title = planTitle == null ? "" : planTitle.toString().strip().replaceAll("\\s+", " ");
    if (title.length() > PLAN_TITLE_SHOWN) {
      int cut = title.lastIndexOf(' ', PLAN_TITLE_SHOWN);
      title = title.substring(0, cut > PLAN_TITLE_SHOWN / 2 ? cut : PLAN_TITLE_SHOWN) + "…";
    }
    StringBuilder name = new StringBuilder(step);
    if (agency != null && !agency.isBlank()) {
      name.append(" · ").append(agency);
    }
    if (!title.isEmpty()) {
      name.append(" · ").append(title);
    }
    return name.toString();
  }

  private static final int PLAN_TITLE_SHOWN = 70;
  /** A String variable holds at most 4000 characters; today's 150 agencies by name are longer. */
  static final int NAMES_SHOWN = 3500;

  /** The names joined by "; ", as many as fit in {@code limit} characters, then how many more. */
  static String namesWithin(List<String> names, int limit) {
    StringBuilder text = new StringBuilder(names.size() + " đơn vị: ");
    for (int i = 0; i < names.size(); i++) {
      String next = (i == 0 ? "" : "; ") + names.get(i);
      if (text.length() + next.length() > limit) {
        return text.append("; … và ").append(names.size() - i).append(" đơn vị khác").toString();
      }
      text.append(next);
    }
    return text.toString();
  }

  /** Task-local on {@code sendReportOutline}: the surveyed agencies by name, for its form. */
  static final String SURVEY_AGENCY_NAMES = "surveyAgencyNames";
}
