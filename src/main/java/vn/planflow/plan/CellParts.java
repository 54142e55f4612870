package vn.planflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an agency cell into the parts {@link AgencyMatcher} joins back into names: at {@code ,},
 * {@code ;} and line breaks outside parentheses, around the word "và", and before the word
 * "các" (so "Sở Khoa học và Công nghệ các Sở, ngành" still reads as two names). Leading bullets
 * and enumerators ("-", "(i).", "a)", "1.") and trailing full stops are not part of a part.
 */
final class CellParts {

  /** A part of the cell, {@code cell.substring(start, end)}, and what separated it from the previous one. */
  record Part(int start, int end, char separatorBefore) {

    String text(String cell) {
      return cell.substring(start, end);
    }
  }

  private static final Pattern ENUMERATOR = Pattern.compile(
      "^\\s*(?:[-+•*–]+|\\(?(?:[ivxIVX]+|\\d+|[a-zA-Z])\\)\\.?|(?:[ivxIVX]+|\\d+)\\.)\\s*");
  private static final List<String> SPLIT_AROUND = List.of("và", "va");
  private static final List<String> SPLIT_BEFORE = List.of("các", "cac");

  private CellParts() {
  }

  static List<Part> split(String cell) {
    List<Part> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    char separator = '\0';
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';' || c == '\n')) {
        separator = add(parts, cell, start, i, separator, c);
        start = i + 1;
      } else if (depth == 0 && Character.isWhitespace(c)) {
        String around = wordAt(cell, i + 1, SPLIT_AROUND);
        if (around != null) {
          separator = add(parts, cell, start, i, separator, 'v');
          start = i + 1 + around.length();
          i = start - 1;
        } else if (wordAt(cell, i + 1, SPLIT_BEFORE) != null) {
          separator = add(parts, cell, start, i, separator, 'c');
          start = i + 1;
        }
      }
    }
    add(parts, cell, start, cell.length(), separator, '\0');
    return parts;
  }

  static String withoutEnumerator(String text) {
    return ENUMERATOR.matcher(text).replaceFirst("").strip();
  }

  /**
   * Adds the part {@code [start, end)} unless nothing is left of it; returns the separator that
   * stands before the next part: {@code next}, or the strongest one since the last part added.
   */
  private static char add(List<Part> parts, String cell, int start, int end, char before, char next) {
    Matcher enumerator = ENUMERATOR.matcher(cell).region(start, end);
    int from = enumerator.lookingAt() ? enumerator.end() : start;
    while (from < end && Character.isWhitespace(cell.charAt(from))) {
      from++;
    }
    int to = end;
    while (to > from && (Character.isWhitespace(cell.charAt(to - 1)) || ".;,".indexOf(cell.charAt(to - 1)) >= 0)) {
      to--;
    }
    if (to > from) {
      parts.add(new Part(from, to, before));
      return next;
    }
    return strength(next) > strength(before) ? next : before;
  }

  private static int strength(char separator) {
    return switch (separator) {
      case ';', '\n' -> 2;
      case ',' -> 1;
      default -> 0;
    };
  }

  private static String wordAt(String cell, int at, List<String> words) {
    for (String word : words) {
      int after = at + word.length();
      if (cell.regionMatches(true, at, word, 0, word.length())
          && (after == cell.length() || Character.isWhitespace(cell.charAt(after)))) {
        return word;
      }
    }
    return null;
  }
}
