package vn.planflow.plan;

/**
 * Names of a plan task's user tasks in Tasklist: the row's printed number and a short title before
 * the step ("2.3 Đẩy mạnh kết nối, liên thông dữ liệu… · Báo cáo tiến độ thực hiện nhiệm vụ"), so
 * that an agency with fourteen tasks of one plan can tell them apart.
 */
final class PlanTaskNames {

  static final int SHORT_TITLE = 60;

  private PlanTaskNames() {
  }

  static String of(Object code, Object title, String step) {
    String number = code == null ? "" : code.toString().trim();
    String shortTitle = shortTitle(title == null ? "" : title.toString());
    String row = (number.isEmpty() ? "" : number + " ") + shortTitle;
    return row.isBlank() ? step : row.trim() + " · " + step;
  }

  /** The title's first words, up to {@value #SHORT_TITLE} characters, cut at a word. */
  static String shortTitle(String title) {
    String text = PlanText.oneLine(title).replaceAll("[\\s.;:,]+$", "");
    if (text.length() <= SHORT_TITLE) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SHORT_TITLE);
    return text.substring(0, cut > SHORT_TITLE / 2 ? cut : SHORT_TITLE).replaceAll("[\\s.;:,]+$", "") + "…";
  }
}
