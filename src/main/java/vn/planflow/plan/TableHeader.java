package vn.planflow.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a plan table and where each known column is. Plans often carry title lines
 * above the table ("PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ…"): the header is the first of the first
 * {@value #SEARCHED_ROWS} non-blank rows that has the number and the name columns, or else the
 * first that has two known columns (to say which required one is missing). When a column appears
 * twice, the first one counts.
 */
record TableHeader(int row, Map<PlanColumn, Integer> columns, Map<PlanColumn, String> written) {

  static final int SEARCHED_ROWS = 10;

  static Optional<TableHeader> find(List<SheetRow> rows) {
    List<TableHeader> candidates = rows.stream().filter(row -> !row.blank()).limit(SEARCHED_ROWS)
        .map(TableHeader::of).toList();
    return candidates.stream()
        .filter(header -> header.has(PlanColumn.NUMBER) && header.has(PlanColumn.NAME))
        .findFirst()
        .or(() -> candidates.stream().filter(header -> header.columns.size() >= 2).findFirst());
  }

  private static TableHeader of(SheetRow row) {
    Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
    Map<PlanColumn, String> written = new EnumMap<>(PlanColumn.class);
    for (int c = 0; c < row.cells().size(); c++) {
      String header = PlanText.oneLine(row.cell(c));
      int index = c;
      PlanColumn.of(header).filter(column -> !columns.containsKey(column)).ifPresent(column -> {
        columns.put(column, index);
        written.put(column, header);
      });
    }
    return new TableHeader(row.number(), columns, written);
  }

  boolean has(PlanColumn column) {
    return columns.containsKey(column);
  }

  /** The header as written, or the expected one when the table lacks the column. */
  String name(PlanColumn column) {
    return written.getOrDefault(column, column.expectedHeader());
  }

  String cell(SheetRow row, PlanColumn column) {
    return has(column) ? row.cell(columns.get(column)) : "";
  }

  List<ImportError> missingColumns() {
    List<ImportError> errors = new ArrayList<>();
    for (PlanColumn column : PlanColumn.values()) {
      if (column.required() && !has(column)) {
        errors.add(new ImportError(row, column.expectedHeader(), "Thiếu cột bắt buộc \"" + column.expectedHeader()
            + "\" (đặt tên cột là một trong: " + column.acceptedHeaders() + ")"));
      }
    }
    return errors;
  }
}
