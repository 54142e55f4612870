package vn.planflow.plan;

import java.util.List;

/**
 * One row of an uploaded table, before it means anything.
 *
 * @param number the row as the user sees it in Excel (see {@link ImportError#row()})
 * @param cells its cells as text, from the first column on
 */
record SheetRow(int number, List<String> cells) {

  SheetRow {
    cells = List.copyOf(cells);
  }

  String cell(int column) {
    return column >= 0 && column < cells.size() ? PlanText.clean(cells.get(column)) : "";
  }

  /** The row's cells joined, as one text. */
  String text() {
    return String.join(" ", cells);
  }

  boolean blank() {
    return cells.stream().allMatch(PlanText::isBlank);
  }
}
