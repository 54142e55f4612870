package vn.planflow.review;

import java.util.Arrays;
import java.util.Optional;

/** The lead's answer to a comment, as offices write it in the answer table. */
public enum Decision {
  TAKEN_UP("tiep-thu", "Tiếp thu"),
  EXPLAINED("giai-trinh", "Giải trình");

  private final String id;
  private final String label;

  Decision(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The value the forms and the API use. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<Decision> of(String id) {
    return Arrays.stream(values()).filter(decision -> decision.id.equals(id)).findFirst();
  }
}
