package vn.planflow.agency;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an agency left: merged into its successor, or replaced by it (a district by a commune). */
public enum ChangeKind {
  MERGE("merge", "Sáp nhập vào"),
  REPLACE("replace", "Thay thế bởi");

  private final String id;
  private final String label;

  ChangeKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** The Vietnamese words before the successor's name: "Sáp nhập vào Sở Khoa học và Công nghệ". */
  public String label() {
    return label;
  }

  public static Optional<ChangeKind> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
  }
}
