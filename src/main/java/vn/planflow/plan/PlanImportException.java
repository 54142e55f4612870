package vn.planflow.plan;

import java.util.List;

/** The uploaded table cannot be imported; {@link #errors()} lists every problem found in it. */
public class PlanImportException extends RuntimeException {

  /** The column of a problem of the whole file: the upload's field. */
  static final String FILE = "file";

  private final transient List<ImportError> errors;

  public PlanImportException(List<ImportError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  static PlanImportException of(int row, String column, String message) {
    return new PlanImportException(List.of(new ImportError(row, column, message)));
  }

  /** A problem of the whole file. */
  static PlanImportException ofFile(String message) {
    return of(0, FILE, message);
  }

  public List<ImportError> errors() {
    return errors;
  }

  private static String summary(List<ImportError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A refused import names at least one problem");
    }
    ImportError first = errors.get(0);
    return "Bảng kế hoạch có " + errors.size() + " lỗi; lỗi đầu tiên ở dòng " + first.row() + ": "
        + first.message();
  }
}
