package vn.planflow.plan;

import java.text.Normalizer;

/**
 * How the import compares what officials type with what it knows: headers, agency names and
 * deadlines are matched case- and diacritics-insensitively, so "Sở TT&TT", "SO TT & TT" and
 * "sở tttt" are the same words.
 */
final class PlanText {

  private PlanText() {
  }

  /**
   * The matching key: lower-case ASCII letters and digits only. Marks are stripped after NFD
   * (đ becomes d), spaces and punctuation are dropped: {@code "Sở Văn hóa, Thể thao và Du lịch"}
   * becomes {@code "sovanhoathethaovadulich"}.
   */
  static String key(String text) {
    String folded = fold(text);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * Lower-case text without diacritics (đ becomes d), punctuation kept, whitespace collapsed to
   * single spaces: {@code "Trước ngày 30/6/2025."} becomes {@code "truoc ngay 30/6/2025."}.
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = folded.length() > 0;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      c = Character.toLowerCase(c);
      folded.append(c == 'đ' ? 'd' : c);
    }
    return folded.toString();
  }

  /** A cell as read: composed (NFC), line breaks as {@code \n}, no-break spaces as spaces, trimmed. */
  static String clean(String cell) {
    if (cell == null) {
      return "";
    }
    return Normalizer.normalize(cell, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
  }

  /** A header or an agency text on one line, to quote it in a message. */
  static String oneLine(String text) {
    return clean(text).replaceAll("\\s+", " ");
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank() || clean(text).isEmpty();
  }
}
