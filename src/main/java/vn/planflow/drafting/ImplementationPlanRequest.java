package vn.planflow.drafting;

import vn.planflow.names.ProcessNames;

/**
 * Process {@code implementation-plan-request} ({@code processes/implementation-plan-request.bpmn}):
 * started when Ban Chấp hành approves the resolution ({@code Event_ImplementationPlanRequested} of
 * {@code resolution-drafting}), it asks the lead for the plan UBND tỉnh issued to carry the
 * resolution out (seed 000: "Kế hoạch của UBND tỉnh triển khai Nghị quyết"), and imports its task
 * table as a {@code plan-implementation} linked to the resolution. A process of its own, so that
 * the drafting instance still ends with the resolution, as the contract says.
 */
public final class ImplementationPlanRequest {

  public static final String KEY = "implementation-plan-request";

  private ImplementationPlanRequest() {
  }

  /** Task definition keys. */
  public static final class Tasks {
    public static final String SUBMIT_IMPLEMENTATION_PLAN = "submitImplementationPlan";

    private Tasks() {
    }
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ResolutionIssued";
    public static final String END = "EndEvent_ImplementationPlanImported";

    private Elements() {
    }
  }

  /** Process and task variables. */
  public static final class Vars {
    public static final String TITLE = ProcessNames.Vars.TITLE;
    public static final String LEAD_AGENCY = ProcessNames.Vars.LEAD_AGENCY;
    public static final String RESOLUTION_NUMBER = ResolutionDrafting.Vars.RESOLUTION_NUMBER;
    /** The drafting instance whose resolution the plan carries out. */
    public static final String RESOLUTION_INSTANCE = ProcessNames.Vars.RESOLUTION_INSTANCE;
    public static final String IMPLEMENTATION_PLAN_DUE = "implementationPlanDue";
    // the lead's answer
    /** The plan's number as printed: "123/KH-UBND". */
    public static final String PLAN_NUMBER = "implementationPlanNumber";
    /** The plan's date (yyyy-MM-dd or dd/MM/yyyy). */
    public static final String PLAN_DATE = "implementationPlanDate";
    public static final String PLAN_TITLE = "implementationPlanTitle";
    /** ISO-8601 period of the progress reports; default the application's ({@code P6M}). */
    public static final String REPORT_EVERY = "reportEvery";
    /** Set on completion: the {@code plan-implementation} instance started from the table. */
    public static final String IMPLEMENTATION_PLAN_INSTANCE = ProcessNames.Vars.IMPLEMENTATION_PLAN_INSTANCE;
    public static final String IMPLEMENTATION_PLAN_TASK_COUNT = "implementationPlanTaskCount";

    private Vars() {
    }
  }
}
