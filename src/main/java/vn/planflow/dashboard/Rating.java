package vn.planflow.dashboard;

/**
 * An agency's (or a plan's) rating: its worst standing. Red if anything is overdue, yellow if
 * something falls due soon, orange if all is on course but something was done late, green
 * otherwise.
 */
public enum Rating {
  OVERDUE("Quá hạn", "đỏ", "#c62828"),
  DUE_SOON("Sắp đến hạn", "vàng", "#f2b600"),
  DONE_LATE("Hoàn thành trễ hạn", "cam", "#ef6c00"),
  ON_TIME("Đúng hạn", "xanh lá", "#2e7d32");

  private final String label;
  private final String colourName;
  private final String colour;

  Rating(String label, String colourName, String colour) {
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

  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The rating of counts: overdue (or missed) tasks, tasks due soon, tasks done late. */
  static Rating of(int late, int dueSoon, int doneLate) {
    if (late > 0) {
      return OVERDUE;
    }
    if (dueSoon > 0) {
      return DUE_SOON;
    }
    return doneLate > 0 ? DONE_LATE : ON_TIME;
  }
}
