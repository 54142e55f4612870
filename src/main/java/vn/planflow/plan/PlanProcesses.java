package vn.planflow.plan;

import vn.planflow.names.ProcessNames;

/**
 * Ids of processes {@code plan-implementation} and {@code plan-task} ({@code processes/}), their
 * task keys and variables, as the contract names them ("Plans carried out").
 */
public final class PlanProcesses {

  private PlanProcesses() {
  }

  /** Process {@code plan-implementation}: one instance per imported plan. */
  public static final class Plan {
    public static final String KEY = "plan-implementation";
    public static final String CALL_PLAN_TASKS = "CallActivity_PlanTasks";
    public static final String CONSOLIDATION_TIMER = "Timer_ConsolidationDue";
    public static final String CONSOLIDATE_PROGRESS = "consolidateProgress";
    public static final String REVIEW_CONSOLIDATED_REPORT = "reviewConsolidatedReport";
    public static final String END = "EndEvent_PlanCompleted";

    private Plan() {
    }
  }

  /** Process {@code plan-task}: one instance per row of the plan's table. */
  public static final class PlanTask {
    public static final String KEY = "plan-task";
    public static final String CONTRIBUTE_TO_REPORT = "contributeToReport";
    public static final String REPORT_PROGRESS = "reportProgress";
    public static final String VERIFY_COMPLETION = "verifyCompletion";
    public static final String DEADLINE_SET_MESSAGE = "DeadlineSet";
    public static final String DEADLINE_SET_EVENT = "Event_DeadlineSet";
    public static final String NEXT_REPORT_TIMER = "Timer_NextReport";
    public static final String REPORT_CYCLE = "SubProcess_ReportCycle";
    public static final String END = "EndEvent_TaskDone";

    private PlanTask() {
    }
  }

  /** Variables of both processes. */
  public static final class Vars {
    // plan-implementation (contract)
    public static final String TITLE = ProcessNames.Vars.TITLE;
    public static final String LEAD_AGENCY = ProcessNames.Vars.LEAD_AGENCY;
    public static final String LEAD_AGENCY_NAME = ProcessNames.Vars.LEAD_AGENCY_NAME;
    public static final String REPORT_EVERY = "reportEvery";
    public static final String TASK_COUNT = "taskCount";
    /** SHA-256 of the uploaded table, to recognise the same table uploaded again. */
    public static final String TABLE_DIGEST = "tableDigest";
    public static final String PLAN_TASKS = "planTasks";
    public static final String PLAN_STARTED_AT = "planStartedAt";
    /** The plan's date (yyyy-MM-dd): its agencies are those valid on it. */
    public static final String PLAN_DATE = "planDate";
    public static final String DOCUMENTS_URL = ProcessNames.Vars.DOCUMENTS_URL;
    public static final String CONSOLIDATION_CYCLE = "consolidationCycle";
    public static final String CONSOLIDATION_DUE = "consolidationDue";
    public static final String UBND_REVIEW_DUE = "ubndReviewDue";
    public static final String CONSOLIDATION_TABLE = "consolidationTable";
    public static final String CONSOLIDATED_REPORT = "consolidatedReport";
    public static final String DONE_ON_TIME_COUNT = "doneOnTimeCount";
    public static final String DONE_LATE_COUNT = "doneLateCount";
    public static final String IN_PROGRESS_COUNT = "inProgressCount";
    public static final String OVERDUE_COUNT = "overdueCount";
    public static final String REPORT_PERIOD_TEXT = "reportPeriodText";

    // plan-task (contract)
    public static final String TASK_CODE = "taskCode";
    public static final String TASK_TITLE = "taskTitle";
    public static final String COORDINATING_AGENCIES = "coordinatingAgencies";
    public static final String EXPECTED_RESULT = "expectedResult";
    public static final String DEADLINE_TEXT = "deadlineText";
    public static final String DEADLINE_KIND = "deadlineKind";
    public static final String DUE = "due";
    public static final String WINDOW_START = "windowStart";
    public static final String PROGRESS_STATUS = "progressStatus";
    public static final String PROGRESS_NOTE = "progressNote";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PLAN_LEAD_AGENCY = ProcessNames.Vars.PLAN_LEAD_AGENCY;
    public static final String PLAN_LEAD_AGENCY_NAME = ProcessNames.Vars.PLAN_LEAD_AGENCY_NAME;

    // plan-task, kept by the engine
    public static final String TASK_STARTED_AT = "taskStartedAt";
    public static final String REPORT_CYCLE = "reportCycle";
    public static final String REPORT_DUE = "reportDue";
    public static final String CONTRIBUTION_DUE = "contributionDue";
    public static final String VERIFICATION_DUE = "verificationDue";
    public static final String CONTRIBUTION = "contribution";
    public static final String CONTRIBUTING_AGENCY = "contributingAgency";
    public static final String CONTRIBUTIONS_TEXT = "contributionsText";
    public static final String PROGRESS_HISTORY_TEXT = "progressHistoryText";
    public static final String LAST_PROGRESS_STATUS = "lastProgressStatus";
    public static final String DONE_REPORTED_AT = "doneReportedAt";
    public static final String COMPLETED_ON = "completedOn";
    public static final String VERIFICATION_RESULT = "verificationResult";
    public static final String VERIFICATION_NOTE = "verificationNote";

    private Vars() {
    }
  }

  /** Values of {@link Vars#PROGRESS_STATUS}. */
  public enum ProgressStatus {
    ON_TRACK("on-track", "Đúng tiến độ"),
    AT_RISK("at-risk", "Có nguy cơ chậm"),
    LATE("late", "Chậm tiến độ"),
    DONE("done", "Đã hoàn thành");

    private final String id;
    private final String label;

    ProgressStatus(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    public static ProgressStatus fromId(Object id) {
      for (ProgressStatus status : values()) {
        if (status.id.equals(id)) {
          return status;
        }
      }
      return null;
    }
  }

  /** Values of {@link Vars#VERIFICATION_RESULT}. */
  public static final class Verification {
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    private Verification() {
    }
  }
}
