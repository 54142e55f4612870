package vn.planflow.plan;

import java.util.List;

/**
 * One row of a plan table; becomes one {@code plan-task} instance per lead agency.
 *
 * @param row the sheet row it was read from (see {@link ImportError#row()})
 * @param position its place among the table's tasks, from 1: a row's identity, since the printed
 *     number is only a label that a document may repeat (seed 004 prints "2.3" twice)
 * @param code the task number as written, without a trailing dot ("1." is "1")
 * @param key what tells the row apart in its plan (the business key's suffix): its code, or, for a
 *     code the table prints more than once, the code and its occurrence ("2.3#2")
 * @param title the task's name
 * @param leadAgencies the agencies that lead the task, each with a task of its own: every agency
 *     the lead cell names, collectives expanded to their agencies valid on the plan's date, a body
 *     that is no agency replaced by its secretariat; when the cell names nobody in particular, the
 *     plan's lead agency, which then follows the task up
 * @param coordinatingAgencies ids of the agencies asked to contribute to each lead's task: the
 *     coordinating cell, collectives expanded, in order, without duplicates and without the leads;
 *     agencies outside the province (type {@code external}, e.g. the Ministry) are named in the plan
 *     but receive no task in Planflow, so they are left out
 * @param expectedResult the expected result, or {@code ""} when the table has none
 * @param deadlineText the deadline as written, or {@code ""}
 * @param deadline the deadline as read from {@code deadlineText}; never {@code null}
 * @param readings how the row's agencies and deadline were read, in Vietnamese, for the preview
 * @param warnings what an administrator should check before confirming, in Vietnamese
 */
public record PlanRow(int row, int position, String code, String key, String title, List<String> leadAgencies,
    List<String> coordinatingAgencies, String expectedResult, String deadlineText, Deadline deadline,
    List<String> readings, List<String> warnings) {

  public PlanRow {
    leadAgencies = List.copyOf(leadAgencies);
    coordinatingAgencies = List.copyOf(coordinatingAgencies);
    readings = List.copyOf(readings);
    warnings = List.copyOf(warnings);
  }

  /** The first lead agency. */
  public String leadAgency() {
    return leadAgencies.get(0);
  }
}
