package vn.planflow.dashboard;

/**
 * Where one task (or stage) stands, in the words and colours Vietnamese e-office systems use for
 * work assigned by leaders: green done on time, blue in progress within its deadline, yellow due
 * soon, orange done late, red overdue.
 */
public enum TaskState {
  DONE_ON_TIME("Hoàn thành đúng hạn", "xanh lá", "#2e7d32"),
  DONE_LATE("Hoàn thành trễ hạn", "cam", "#ef6c00"),
  IN_TIME("Đang thực hiện trong hạn", "xanh dương", "#1f6fb2"),
  DUE_SOON("Sắp đến hạn", "vàng", "#f2b600"),
  OVERDUE("Quá hạn", "đỏ", "#c62828"),
  /** Ended by the process after its deadline without an answer (a late agency left out). */
  MISSED("Quá hạn, không hoàn thành", "đỏ", "#8e1b1b"),
  NOT_STARTED("Chưa bắt đầu", "xám", "#8a96a3");

  private final String label;
  private final String colourName;
  private final String colour;

  TaskState(String label, String colourName, String colour) {
    this.label = label;
    this.colourName = colourName;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  public String colourName() {
    return colourName;
  }

  public String colour() {
    return colour;
  }

  /** The value of the status filter ({@code ?trang-thai=qua-han}). */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public boolean done() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }

  /** Past its deadline and not done: overdue now, or ended without an answer. */
  public boolean late() {
    return this == OVERDUE || this == MISSED;
  }

  public boolean open() {
    return this == IN_TIME || this == DUE_SOON || this == OVERDUE;
  }

  static java.util.Optional<TaskState> fromSlug(String slug) {
    return java.util.Arrays.stream(values()).filter(state -> state.slug().equals(slug)).findFirst();
  }
}
