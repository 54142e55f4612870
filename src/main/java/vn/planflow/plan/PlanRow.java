package vn.planflow.plan;

import java.util.List;

/**
 * One task of a plan table; becomes one {@code plan-task} instance.
 *
 * @param row the row it was read from (see {@link ImportError#row()})
 * @param code the task number as written, without a trailing dot ("1." is "1"); unique in the table
 * @param title the task's name
 * @param leadAgency the id of the agency that leads the task: the first single agency the lead
 *     cell names; when the cell names only collectives ("Các sở, ban, ngành", "UBND cấp xã"), the
 *     plan's lead agency, which then follows the task up while the collective's agencies contribute
 * @param coordinatingAgencies ids of the agencies asked to contribute: the rest of the lead cell
 *     and the coordinating cell, collectives expanded, in order, without duplicates and without
 *     the lead; agencies outside the province (type {@code external}, e.g. the Ministry) are named
 *     in the plan but receive no task in Planflow, so they are left out
 * @param expectedResult the expected result, or {@code ""} when the table has none
 * @param deadlineText the deadline as written, or {@code ""}
 * @param deadline the deadline as read from {@code deadlineText}; never {@code null}: a blank
 *     deadline, or none because the table has no deadline column, is continuous (the task only
 *     reports its progress)
 */
public record PlanRow(int row, String code, String title, String leadAgency,
    List<String> coordinatingAgencies, String expectedResult, String deadlineText,
    Deadline deadline) {

  public PlanRow {
    coordinatingAgencies = List.copyOf(coordinatingAgencies);
  }
}
