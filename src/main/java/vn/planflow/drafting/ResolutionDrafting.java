package vn.planflow.drafting;

import java.util.List;
import vn.planflow.names.ProcessNames;

/**
 * Ids of process {@code resolution-drafting} ({@code processes/resolution-drafting.bpmn}, seed
 * Kế hoạch 549/KH-UBND): its key, task definition keys and variable names, as the contract names
 * them. Code and tests use these, never string literals.
 */
public final class ResolutionDrafting {

  public static final String KEY = "resolution-drafting";

  private ResolutionDrafting() {
  }

  /** Task definition keys, in the order the seed gives them. */
  public static final class Tasks {
    /**
     * The lead sends every surveyed agency the report outline (mẫu đề cương, seed: II.1.a, III.1.b),
     * beside the survey, which opens at once as the contract says; withdrawn when the synthesis starts.
     */
    public static final String SEND_REPORT_OUTLINE = "sendReportOutline";
    public static final String SUBMIT_SURVEY_REPORT = "submitSurveyReport";
    public static final String SYNTHESIZE_SURVEY = "synthesizeSurvey";
    public static final String DRAFT_DOCUMENTS = "draftDocuments";
    public static final String COMMENT_ON_DRAFT = "commentOnDraft";
    public static final String CONSOLIDATE_COMMENTS = "consolidateComments";
    public static final String HOLD_WORKSHOP = "holdWorkshop";
    public static final String CONSULT_MINISTRY = "consultMinistry";
    /** Stage 5's dossier, prepared by the lead with the office (seed: II.5). */
    public static final String PREPARE_UBND_DOSSIER = "prepareUbndDossier";
    public static final String UBND_DECISION = "ubndDecision";
    public static final String PREPARE_STANDING_COMMITTEE_DOSSIER = "prepareStandingCommitteeDossier";
    public static final String STANDING_COMMITTEE_DECISION = "standingCommitteeDecision";
    public static final String PREPARE_EXECUTIVE_COMMITTEE_DOSSIER = "prepareExecutiveCommitteeDossier";
    public static final String EXECUTIVE_COMMITTEE_DECISION = "executiveCommitteeDecision";
    public static final String REVISE_DRAFTS = "reviseDrafts";
    public static final String PREPARE_BUDGET_ESTIMATE = "prepareBudgetEstimate";
    public static final String APPRAISE_BUDGET = "appraiseBudget";
    public static final String APPROVE_BUDGET = "approveBudget";

    /** The three approval decisions, each followed by the revise loop. */
    public static final List<String> DECISIONS =
        List.of(UBND_DECISION, STANDING_COMMITTEE_DECISION, EXECUTIVE_COMMITTEE_DECISION);

    private Tasks() {
    }
  }

  /** BPMN element ids that code and tests refer to (Type_Meaning). */
  public static final class Elements {
    public static final String START = "StartEvent_PlanStarted";
    public static final String END = "EndEvent_ResolutionIssued";
    public static final String JOIN_BUDGET_BRANCH = "Gateway_JoinBudgetBranch";
    public static final String SURVEY_DUE_TIMER = "Timer_SurveyDue";
    public static final String COMMENTS_DUE_TIMER = "Timer_CommentsDue";
    public static final String RECORD_MISSING_SURVEY_REPORTS = "recordMissingSurveyReports";
    public static final String RECORD_MISSING_COMMENTS = "recordMissingComments";
    public static final String LATE_SURVEY_REPORTS_IN = "EndEvent_LateSurveyReportsIn";
    public static final String LATE_COMMENTS_IN = "EndEvent_LateCommentsIn";
    public static final String OPEN_SURVEY = "Gateway_OpenSurvey";
    /** Withdraws an outline not sent once the synthesis starts (all reports in, or the survey's deadline). */
    public static final String SURVEY_CLOSED = "Condition_SurveyClosed";
    public static final String ANNOUNCE_REPORT_OUTLINE = "announceReportOutline";
    public static final String OUTLINE_SENT = "EndEvent_OutlineSent";
    public static final String OUTLINE_NOT_SENT = "EndEvent_OutlineNotSent";
    /** Send task after {@code synthesizeSurvey}: the synthesis report goes to UBND tỉnh (seed: II.1.b). */
    public static final String REPORT_SYNTHESIS_TO_UBND = "reportSynthesisToUbnd";
    /** On BCH's approval: the lead is asked for UBND's implementation plan. */
    public static final String IMPLEMENTATION_PLAN_REQUESTED = "Event_ImplementationPlanRequested";

    private Elements() {
    }
  }

  /** Process and task variables. */
  public static final class Vars {
    // start variables (contract)
    public static final String TITLE = ProcessNames.Vars.TITLE;
    public static final String LEAD_AGENCY = ProcessNames.Vars.LEAD_AGENCY;
    public static final String OFFICE_AGENCY = "officeAgency";
    public static final String FINANCE_AGENCY = "financeAgency";
    public static final String SURVEY_AGENCIES = "surveyAgencies";
    /** Optional: when the report outline is due; default five days after the start, before {@code surveyDue}. */
    public static final String OUTLINE_DUE = "outlineDue";
    public static final String SURVEY_DUE = "surveyDue";
    public static final String SYNTHESIS_DUE = "synthesisDue";
    public static final String DRAFT_DUE = "draftDue";
    public static final String COMMENTS_DUE = "commentsDue";
    public static final String CONSOLIDATION_DUE = "consolidationDue";
    public static final String WORKSHOP_DUE = "workshopDue";
    public static final String MINISTRY_DUE = "ministryDue";
    public static final String UBND_DUE = "ubndDue";
    public static final String STANDING_COMMITTEE_DUE = "standingCommitteeDue";
    public static final String EXECUTIVE_COMMITTEE_DUE = "executiveCommitteeDue";
    public static final String REMINDER_BEFORE = ProcessNames.Vars.REMINDER_BEFORE;
    public static final String OVERDUE_REPEAT = ProcessNames.Vars.OVERDUE_REPEAT;

    // completion variables (contract)
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String SYNTHESIS_SUMMARY = "synthesisSummary";
    public static final String DRAFT_SUMMARY = "draftSummary";
    public static final String COMMENT = "comment";
    public static final String WORKSHOP_CONCLUSIONS = "workshopConclusions";
    public static final String MINISTRY_FEEDBACK = "ministryFeedback";
    public static final String DECISION = "decision";
    public static final String DECISION_NOTES = "decisionNotes";
    /** The appraisal's or the approval's answer on the budget estimate: approved (default) or revise. */
    public static final String BUDGET_DECISION = "budgetDecision";
    /** Why the estimate was sent back, shown to the lead preparing it again. */
    public static final String BUDGET_DECISION_NOTES = "budgetDecisionNotes";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    public static final String REVISION_NOTES = "revisionNotes";

    // derived, kept by the engine for forms and the record
    public static final String LEAD_AGENCY_NAME = ProcessNames.Vars.LEAD_AGENCY_NAME;
    public static final String OFFICE_AGENCY_NAME = "officeAgencyName";
    public static final String FINANCE_AGENCY_NAME = "financeAgencyName";
    public static final String DOCUMENTS_URL = ProcessNames.Vars.DOCUMENTS_URL;
    public static final String SURVEY_AGENCY = "surveyAgency";
    public static final String SURVEY_REPORTS_TEXT = "surveyReportsText";
    public static final String COMMENTS_TEXT = "commentsText";
    public static final String DECISION_HISTORY_TEXT = "decisionHistoryText";
    public static final String MISSING_SURVEY_AGENCIES = "missingSurveyAgencies";
    public static final String MISSING_SURVEY_TEXT = "missingSurveyText";
    public static final String MISSING_COMMENT_AGENCIES = "missingCommentAgencies";
    public static final String MISSING_COMMENTS_TEXT = "missingCommentsText";
    public static final String REVISION_OF = "revisionOf";
    public static final String REVISION_BODY_NAME = "revisionBodyName";
    public static final String REVISION_DUE = "revisionDue";
    /** Optional on {@code sendReportOutline}: what the lead writes to the agencies with the outline. */
    public static final String OUTLINE_NOTE = "outlineNote";
    /** Set when the synthesis starts: the survey is closed, an outline not sent is withdrawn. */
    public static final String SURVEY_CLOSED = "surveyClosed";
    /** When the outline went out (dd/MM/yyyy), for the survey form. */
    public static final String REPORT_OUTLINE_SENT = "reportOutlineSent";
    /** The agency the synthesis report was sent to ({@code ubnd-tinh}), which may read the plan's documents. */
    public static final String SYNTHESIS_REPORTED_TO = ProcessNames.Vars.SYNTHESIS_REPORTED_TO;
    /** The implementation-plan request started on BCH's approval. */
    public static final String IMPLEMENTATION_PLAN_REQUEST = ProcessNames.Vars.IMPLEMENTATION_PLAN_REQUEST;
    /** Task-local: the task's due date as dd/MM/yyyy, for its form. */
    public static final String DUE_DATE_TEXT = ProcessNames.Vars.DUE_DATE_TEXT;
    /** Task-local: the full name of the agency the task is for. */
    public static final String AGENCY_NAME = ProcessNames.Vars.AGENCY_NAME;

    private Vars() {
    }
  }

  /** Values of {@link Vars#DECISION}. */
  public static final class Decisions {
    public static final String APPROVED = "approved";
    public static final String REVISE = "revise";

    private Decisions() {
    }
  }
}
