package vn.planflow.plan;

import java.util.List;

/** A plan table read without any problem: one {@link PlanRow} per task, in the table's order. */
public record ParsedPlan(List<PlanRow> rows) {

  public ParsedPlan {
    rows = List.copyOf(rows);
  }
}
