package vn.planflow.plan;

import java.util.List;

/**
 * What an import will create, shown before anything is created ({@code dryRun}, and the upload
 * page's confirmation step).
 *
 * @param title the plan's title
 * @param leadAgency the plan's lead agency (id) and {@code leadAgencyName} its name
 * @param planDate the plan's date (yyyy-MM-dd): agencies are those valid on it
 * @param planYear the year of a yearly plan, whose rows without deadline fall due at its end
 * @param rowCount the table's rows
 * @param taskCount the {@code plan-task} instances: one per lead agency of each row
 * @param rows each row as it will be tracked
 * @param agencies tasks per agency, most first
 * @param warnings what to check before confirming (rows already past due, rows whose lead cell
 *     names nobody valid, numbers printed twice, deadlines found in another column)
 * @param existingPlan the running plan imported from the same file, or {@code null}
 */
public record PlanPreview(String title, String leadAgency, String leadAgencyName, String planDate, Integer planYear,
    int rowCount, int taskCount, List<Row> rows, List<AgencyTasks> agencies, List<Warning> warnings,
    String existingPlan) {

  /** One row: its lead agencies each get a task. */
  public record Row(int row, int position, String code, String key, String title, List<String> leadAgencies,
      List<String> leadAgencyNames, int coordinatingCount, String deadlineText, String deadlineKind, String due,
      List<String> readings, List<String> warnings) {
  }

  /** How many tasks an agency receives, and how many of them are past due on the day of import. */
  public record AgencyTasks(String agencyId, String agencyName, int tasks, int pastDue) {
  }

  /** A warning about a row ({@code row} is the sheet row; 0 for the plan). */
  public record Warning(int row, String code, String message) {
  }
}
