package vn.planflow.refusal;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The engine keeps a text variable in a column of 4,000 characters (on H2 and PostgreSQL alike).
 * What people type is refused beyond that with a clear message; the running texts the processes
 * keep for the next forms (every agency's report, every decision) keep their newest lines within it,
 * the older ones staying in the process history.
 */
public final class EngineTexts {

  public static final int MAX = 4000;

  private EngineTexts() {
  }

  /** {@code existing} with {@code "• " + line} added, cut to its newest lines to fit the column. */
  public static String append(Object existing, String line) {
    String text = existing == null || existing.toString().isBlank() ? "" : existing + "\n";
    return fit(text + "• " + clip(line, MAX / 2));
  }

  /** {@code text} within the column: its newest (last) lines, after a note of how many were left out. */
  public static String fit(String text) {
    if (text.length() <= MAX) {
      return text;
    }
    String[] lines = text.split("\n");
    StringBuilder kept = new StringBuilder();
    int keptLines = 0;
    for (int i = lines.length - 1; i >= 0; i--) {
      if (kept.length() + lines[i].length() + 1 > MAX - 120) {
        break;
      }
      kept.insert(0, lines[i] + (kept.length() == 0 ? "" : "\n"));
      keptLines++;
    }
    return "(" + (lines.length - keptLines) + " dòng trước đó được lưu trong lịch sử quy trình)\n" + kept;
  }

  /** The problems with the texts visible to a task being completed: one for each too long. */
  public static List<String> tooLong(VariableScope scope) {
    return scope.getVariableNames().stream().map(name -> tooLong(name, scope.getVariable(name)))
        .filter(Objects::nonNull).toList();
  }

  /** The problem with a text a person typed for {@code variable}, or null when it fits. */
  public static String tooLong(String variable, Object value) {
    if (value instanceof String text && text.length() > MAX) {
      return "Nội dung " + variable + " dài " + text.length() + " ký tự, vượt quá " + MAX
          + " ký tự: hãy tóm tắt lại và đính kèm văn bản đầy đủ tại trang tài liệu của hồ sơ.";
    }
    return null;
  }

  /** {@code line} cut to fit the column on its own. */
  public static String clip(String line) {
    return clip(line, MAX - 100);
  }

  private static String clip(String line, int max) {
    return line.length() <= max ? line : line.substring(0, max) + "… (xem đầy đủ trong lịch sử quy trình)";
  }
}
