package vn.planflow.names;

/**
 * The names every process shares: variables that {@code resolution-drafting}, {@code
 * plan-implementation} and {@code plan-task} all carry (and that mails, pages and filters read
 * without knowing which process a task belongs to), the agencies the contract fixes, and the
 * address of a plan's documents page. The processes' own holders ({@code ResolutionDrafting},
 * {@code PlanProcesses}) refer to these, never repeat them.
 */
public final class ProcessNames {

  private ProcessNames() {
  }

  /** Variables with the same name and meaning in every process. */
  public static final class Vars {
    /** The plan's title. */
    public static final String TITLE = "title";
    /** The agency in charge of the plan (drafting) or of a plan's task (plan-task). */
    public static final String LEAD_AGENCY = "leadAgency";
    public static final String LEAD_AGENCY_NAME = "leadAgencyName";
    /** In a plan's task: the agency in charge of the whole plan, which chases the task's lead. */
    public static final String PLAN_LEAD_AGENCY = "planLeadAgency";
    public static final String PLAN_LEAD_AGENCY_NAME = "planLeadAgencyName";
    /** In a drafting plan: the agencies surveyed and asked for comments, comma-separated ids. */
    public static final String SURVEY_AGENCIES = "surveyAgencies";
    /** Task-local: the full name of the agency the task is for. */
    public static final String AGENCY_NAME = "agencyName";
    /**
     * Task-local: the plan's title, which the agency's Tasklist filter shows (an agency reads its
     * tasks' own variables, not the process's).
     */
    public static final String LISTED_PLAN_TITLE = "planTitle";
    /** Task-local: the task's due date as dd/MM/yyyy, for its form. */
    public static final String DUE_DATE_TEXT = "dueDateText";
    /** The plan's documents page, linked from every form. */
    public static final String DOCUMENTS_URL = "documentsUrl";
    /** An agency a plan's report was sent to, which may then read the plan's documents. */
    public static final String SYNTHESIS_REPORTED_TO = "synthesisReportedTo";
    /** On a plan carried out: the drafting instance of the resolution it implements. */
    public static final String RESOLUTION_INSTANCE = "resolutionInstanceId";
    /** On a drafting plan: the request for UBND's implementation plan, started on BCH's approval. */
    public static final String IMPLEMENTATION_PLAN_REQUEST = "implementationPlanRequest";
    /** On that request: the {@code plan-implementation} instance its table started. */
    public static final String IMPLEMENTATION_PLAN_INSTANCE = "implementationPlanInstanceId";
    /** ISO-8601 duration: how long before the due moment the reminder goes out. */
    public static final String REMINDER_BEFORE = "reminderBefore";
    /** ISO-8601 duration: how often an overdue task's escalation repeats. */
    public static final String OVERDUE_REPEAT = "overdueRepeat";
    /**
     * A plan's task already past due when its plan was imported: the import day (yyyy-MM-dd). Its
     * agency got one overdue notice for all such tasks that day, so its own escalations start the
     * next working day.
     */
    public static final String OVERDUE_AT_IMPORT = "overdueAtImport";

    private Vars() {
    }
  }

  /** Agency (group) ids the contract fixes. */
  public static final class Agencies {
    public static final String SO_TTTT = "so-tttt";
    public static final String SO_KHCN = "so-khcn";
    public static final String VP_UBND = "vp-ubnd";
    public static final String SO_TAI_CHINH = "so-tai-chinh";
    public static final String SO_NOI_VU = "so-noi-vu";
    public static final String UBND_TINH = "ubnd-tinh";
    public static final String TINH_UY = "tinh-uy";
    public static final String BCH_DANG_BO = "bch-dang-bo";
    /** The administrators' group of the Camunda webapps. */
    public static final String ADMINS = "camunda-admin";
    /**
     * The province's leaders: they read the dashboards and the plans' trails, and change nothing.
     * Not an agency: no task is ever given to this group.
     */
    public static final String LEADERS = "lanh-dao-tinh";

    private Agencies() {
    }
  }

  /** The path of a plan's documents page ({@code /tai-lieu/{processInstanceId}}). */
  public static final String DOCUMENTS_PATH = "/tai-lieu/";

  /** The dashboards: {@code /quan-tri/bang-dieu-khien} and {@code /quan-tri/bang-dieu-khien/{planId}}. */
  public static final String DASHBOARD_PATH = "/quan-tri/bang-dieu-khien";

  /** An official's own pages (mail preference, absences), open to every signed-in user. */
  public static final String PERSONAL_PATH = "/ca-nhan/";

  public static String documentsUrl(String processInstanceId) {
    return DOCUMENTS_PATH + processInstanceId;
  }
}
