package vn.planflow.plan;

import java.util.List;

/**
 * A plan table read without any problem: one {@link PlanRow} per task, in the table's order.
 *
 * @param planYear the year of a yearly plan, given or read above the table; {@code null} otherwise
 */
public record ParsedPlan(List<PlanRow> rows, Integer planYear) {

  public ParsedPlan {
    rows = List.copyOf(rows);
  }

  /** How many {@code plan-task} instances the plan starts: one per lead agency of each row. */
  public int taskCount() {
    return rows.stream().mapToInt(row -> row.leadAgencies().size()).sum();
  }
}
