package vn.planflow.plan;

/**
 * One problem of an uploaded plan table, as {@code POST /api/plans} answers it.
 *
 * @param row the row as the user sees it in Excel: for an XLSX the sheet's row number, for a CSV
 *     the number of the record (the line number, unless an earlier cell holds line breaks; a CSV
 *     opened in Excel shows the same number); the header's row for a problem of the header, and
 *     0 for a problem of the whole file
 * @param column the header as written in the file, the expected column name when the column is
 *     missing, {@code "file"} (the upload's field) for a problem of the whole file, or {@code ""}
 *     for a problem of a row that no column holds (a table with no task under its header, a
 *     quoted CSV cell never closed)
 * @param message what is wrong, in Vietnamese
 */
public record ImportError(int row, String column, String message) {
}
