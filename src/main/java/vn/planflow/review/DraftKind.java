package vn.planflow.review;

/** What a draft is, read from the type line at its top. */
public enum DraftKind {
  RESOLUTION("nghi-quyet", "Dự thảo Nghị quyết"),
  PLAN("ke-hoach", "Dự thảo Kế hoạch"),
  OTHER("van-ban", "Dự thảo văn bản");

  private final String id;
  private final String label;

  DraftKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }
}
