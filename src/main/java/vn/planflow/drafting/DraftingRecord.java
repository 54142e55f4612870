package vn.planflow.drafting;

import static vn.planflow.drafting.ResolutionDrafting.Decisions.APPROVED;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.COMMENT_ON_DRAFT;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.CONSOLIDATE_COMMENTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SYNTHESIZE_SURVEY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_AGENCIES;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.DECISIONS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.PREPARE_EXECUTIVE_COMMITTEE_DOSSIER;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.PREPARE_STANDING_COMMITTEE_DOSSIER;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.REVISE_DRAFTS;
import static vn.planflow.drafting.ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.COMMENT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.COMMENTS_TEXT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DECISION;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DECISION_HISTORY_TEXT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.DECISION_NOTES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REPORT_SUMMARY;
import static vn.planflow.drafting.ResolutionDrafting.Vars.RESOLUTION_NUMBER;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REVISION_BODY_NAME;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REVISION_DUE;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REVISION_NOTES;
import static vn.planflow.drafting.ResolutionDrafting.Vars.REVISION_OF;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SURVEY_REPORTS_TEXT;
import static vn.planflow.drafting.ResolutionDrafting.Vars.SYNTHESIS_SUMMARY;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Component;
import vn.planflow.deadline.Deadlines;
import vn.planflow.time.DueDates;
import vn.planflow.refusal.EngineTexts;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.agency.AgencyLists;

/**
 * Keeps the answers of the drafting tasks readable for the stages that follow: every agency's
 * survey report and comment, every decision with who recorded it and when. The variables' history
 * (kept with the process) is the official record; these texts are what the next forms show.
 */
@Component
class DraftingRecord {

  static final String AGREES = "Nhất trí với dự thảo, không có ý kiến khác.";
  /**
   * Each agency's answer is its own variable ({@code surveyReportOf_so-y-te}), so that agencies
   * answering at the same moment never rewrite one shared text; the lead's view ({@code
   * surveyReportsText}, {@code commentsText}) is put together when the lead's task opens, in the
   * order of the agencies, and a late answer is added to it afterwards.
   */
  static final String SURVEY_REPORT_OF = "surveyReportOf_";
  static final String COMMENT_OF = "commentOf_";
  /** The office's note on a dossier (its tờ trình), shown to the body it goes to. */
  static final String DOSSIER_NOTES = "dossierNotes";
  private static final List<String> DOSSIERS = List.of(ResolutionDrafting.Tasks.PREPARE_UBND_DOSSIER,
      PREPARE_STANDING_COMMITTEE_DOSSIER,
      PREPARE_EXECUTIVE_COMMITTEE_DOSSIER);

  private final DueDates dueDates;
  private final Deadlines deadlines;
  private final AgencyLists agencyLists;

  DraftingRecord(DueDates dueDates, Deadlines deadlines, AgencyLists agencyLists) {
    this.dueDates = dueDates;
    this.deadlines = deadlines;
    this.agencyLists = agencyLists;
  }

  /** A decision or revision asked again must be answered again, not inherit the last answer. */
  void clearAnswers(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (DECISIONS.contains(key)) {
      task.removeVariable(DECISION);
      task.removeVariable(DECISION_NOTES);
      task.removeVariable(RESOLUTION_NUMBER);
    } else if (REVISE_DRAFTS.equals(key)) {
      task.removeVariable(REVISION_NOTES);
    } else if (DOSSIERS.contains(key)) {
      task.removeVariable(DOSSIER_NOTES);
    } else if (ResolutionDrafting.Tasks.APPRAISE_BUDGET.equals(key)
        || ResolutionDrafting.Tasks.APPROVE_BUDGET.equals(key)) {
      task.removeVariable(ResolutionDrafting.Vars.BUDGET_DECISION);
      task.removeVariable(ResolutionDrafting.Vars.BUDGET_DECISION_NOTES);
    } else if (ResolutionDrafting.Tasks.PREPARE_BUDGET_ESTIMATE.equals(key)) {
      task.removeVariable(ResolutionDrafting.Vars.BUDGET_DECISION); // the reason stays, for the lead to read
    }
  }

  /** The lead's view of every agency's answer, when the lead's task opens. */
  void gathered(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (SYNTHESIZE_SURVEY.equals(key)) {
      task.setVariable(SURVEY_REPORTS_TEXT, gather(task, SURVEY_REPORT_OF));
    } else if (CONSOLIDATE_COMMENTS.equals(key)) {
      task.setVariable(COMMENTS_TEXT, gather(task, COMMENT_OF));
    }
  }

  private String gather(DelegateTask task, String prefix) {
    String text = "";
    for (String agency : agencyLists.split(String.valueOf(task.getVariable(SURVEY_AGENCIES)))) {
      Object line = task.getVariable(prefix + agency);
      if (line != null) {
        text = EngineTexts.append(text, line.toString());
      }
    }
    return text;
  }

  void answered(DelegateTask task, String agencyId, String agencyName) {
    String key = task.getTaskDefinitionKey();
    if (SUBMIT_SURVEY_REPORT.equals(key)) {
      recordAnswer(task, SURVEY_REPORT_OF + agencyId, SURVEY_REPORTS_TEXT,
          agencyName + " (" + now() + lateness(task) + "): " + text(task, REPORT_SUMMARY));
    } else if (COMMENT_ON_DRAFT.equals(key)) {
      String comment = text(task, COMMENT);
      recordAnswer(task, COMMENT_OF + agencyId, COMMENTS_TEXT,
          agencyName + lateness(task) + ": " + (comment.isBlank() ? AGREES : comment));
    } else if (DECISIONS.contains(key)) {
      decided(task, agencyName);
    } else if (REVISE_DRAFTS.equals(key)) {
      // what was changed goes before the body that asked for it, with the decisions
      append(task, DECISION_HISTORY_TEXT, now() + " – " + agencyName + ": Đã chỉnh sửa, hoàn thiện dự thảo. "
          + text(task, REVISION_NOTES) + recordedBy(task));
    } else if (ResolutionDrafting.Tasks.SEND_REPORT_OUTLINE.equals(key)) {
      // for the send task after it, whichever scope the form submission wrote the note to
      task.getExecution().setVariable(ResolutionDrafting.Vars.OUTLINE_NOTE,
          text(task, ResolutionDrafting.Vars.OUTLINE_NOTE));
    } else if (SYNTHESIZE_SURVEY.equals(key)) {
      task.getExecution().setVariable(SYNTHESIS_SUMMARY, text(task, SYNTHESIS_SUMMARY));
    } else if (DOSSIERS.contains(key) && !text(task, DOSSIER_NOTES).isBlank()) {
      append(task, DECISION_HISTORY_TEXT, now() + " – " + agencyName + ": Hồ sơ trình. " + text(task, DOSSIER_NOTES)
          + recordedBy(task));
    }
  }

  private void decided(DelegateTask task, String bodyName) {
    boolean approved = APPROVED.equals(task.getVariable(DECISION));
    String notes = text(task, DECISION_NOTES);
    String number = text(task, RESOLUTION_NUMBER);
    append(task, DECISION_HISTORY_TEXT, now() + " – " + bodyName + ": "
        + (approved ? "Thông qua" : "Yêu cầu chỉnh sửa, bổ sung")
        + (approved && !number.isBlank() ? " (Nghị quyết số " + number + ")" : "")
        + (notes.isBlank() ? "" : ". " + notes)
        + recordedBy(task));
    if (!approved) {
      task.setVariable(REVISION_OF, task.getTaskDefinitionKey());
      task.setVariable(REVISION_BODY_NAME, bodyName);
      task.setVariable(REVISION_DUE, task.getDueDate());
    }
  }

  /** ", nộp muộn N ngày làm việc" for an answer after the task's due date, else nothing. */
  private String lateness(DelegateTask task) {
    Date due = task.getDueDate();
    Date now = EngineClock.now();
    if (due == null || !now.after(due)) {
      return "";
    }
    int late = deadlines.workingDaysLate(due, now.toInstant());
    return late == 0 ? ", nộp muộn" : ", nộp muộn " + late + " ngày làm việc";
  }

  private static String recordedBy(DelegateTask task) {
    return EngineIdentity.current(task.getProcessEngineServices().getIdentityService())
        .map(user -> " [ghi nhận bởi " + user.userId() + "]").orElse("");
  }

  /** The agency's own record; and, once the lead's view exists (a late answer), a line in it. */
  private static void recordAnswer(DelegateTask task, String ownVariable, String leadsView, String line) {
    task.setVariable(ownVariable, EngineTexts.clip(line));
    if (task.getVariable(leadsView) != null) {
      append(task, leadsView, line);
    }
  }

  private static void append(DelegateTask task, String variable, String line) {
    task.setVariable(variable, EngineTexts.append(task.getVariable(variable), line));
  }

  private static String text(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    return value == null ? "" : value.toString().trim();
  }

  private String now() {
    return dueDates.formatMoment(EngineClock.now());
  }
}
