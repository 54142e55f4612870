package vn.planflow.review;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the structure of a Vietnamese draft resolution or plan (.docx, Apache POI XWPF): its
 * title and kind from the lines at the top, and its sections from the numbering as offices type it
 * — "Phần I"/"Chương I" and "Điều 1." with clauses "1." and points "a)" in legal style; roman
 * "I.", arabic "1.", "1.1." and points "a)" in a plan's style — or, when a heading carries no
 * number, from Word's heading styles. Bullets ("-", "+") are body text. Tables go, row by row,
 * into the text of the section they stand in.
 *
 * <p>Labels: "Phần I", "Chương II", "Điều 3", "Điều 3, khoản 2", "Điều 3, khoản 2, điểm a";
 * "Mục I", "Mục I.1", "Mục I.1.2", "Điểm I.1.a".
 */
public final class DraftReader {

  private static final Pattern PART = Pattern.compile("^(?:PHẦN|Phần)\\s+(THỨ\\s+\\S+|[IVXLC]+|\\d+)\\b[.:]?\\s*(.*)$");
  private static final Pattern CHAPTER = Pattern.compile("^(?:CHƯƠNG|Chương)\\s+([IVXLC]+|\\d+)\\b[.:]?\\s*(.*)$");
  private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d+)\\s*[.:]\\s*(.*)$");
  private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\s*[.)]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\s*[.)]\\s+(.*)$");
  private static final Pattern POINT = Pattern.compile("^([a-zđ])\\)\\s+(.*)$");
  private static final int HEADING_LENGTH = 120;

  private DraftReader() {
  }

  /** @throws DraftUnreadableException when the bytes are no .docx */
  public static Draft read(InputStream docx) {
    List<String[]> lines = new ArrayList<>(); // {text, style heading level or ""}
    Map<String, Integer> counts = new HashMap<>();
    try (XWPFDocument document = new XWPFDocument(docx)) {
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          String text = normalize(paragraph.getText());
          if (!text.isEmpty()) {
            lines.add(new String[] {withNumber(paragraph, text, counts), headingLevel(document, paragraph)});
          }
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              cells.add(normalize(cell.getText()));
            }
            String text = String.join(" | ", cells);
            if (!text.replace("|", "").isBlank()) {
              lines.add(new String[] {text, "table"});
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new DraftUnreadableException("không phải là tệp Word (.docx) đọc được; hãy lưu dự thảo dưới dạng .docx "
          + "(Word 2007 trở lên) rồi đính kèm lại.", e);
    }
    return new Builder(lines).build();
  }

  /**
   * Word's automatic numbering, which is not in the paragraph's text, put in front as an office
   * would type it: a running count per list and level ("II. ", "3. ", "b) ").
   */
  private static String withNumber(XWPFParagraph paragraph, String text, Map<String, Integer> counts) {
    if (paragraph.getNumID() == null || paragraph.getNumFmt() == null) {
      return text;
    }
    int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
    String list = paragraph.getNumID().toString();
    int count = counts.merge(list + "/" + level, 1, Integer::sum);
    counts.keySet().removeIf(key -> key.startsWith(list + "/") && Integer.parseInt(key.substring(list.length() + 1)) > level);
    return switch (paragraph.getNumFmt()) {
      case "upperRoman" -> roman(count) + ". " + text;
      case "decimal" -> decimal(paragraph.getNumLevelText(), list, level, count, counts) + " " + text;
      case "lowerLetter" -> "abcdđeghiklmnopqrstuvxy".charAt((count - 1) % 23) + ") " + text;
      default -> text; // bullets stay body text
    };
  }

  /**
   * A decimal number as the level's text shows it: "%2.%3." is "2.1." (a plan's "2.1." written by
   * Word), each placeholder the running count of its level in the list, ancestors counted in
   * arabic as Word's legal numbering does; without a level text, "3.".
   */
  private static String decimal(String levelText, String list, int level, int count, Map<String, Integer> counts) {
    if (levelText == null || !levelText.contains("%")) {
      return count + ".";
    }
    Matcher placeholder = Pattern.compile("%([1-9])").matcher(levelText);
    StringBuilder number = new StringBuilder();
    while (placeholder.find()) {
      int of = Integer.parseInt(placeholder.group(1)) - 1;
      int value = of == level ? count : counts.getOrDefault(list + "/" + of, 1);
      placeholder.appendReplacement(number, Integer.toString(value));
    }
    placeholder.appendTail(number);
    String written = number.toString().strip();
    return written.endsWith(".") || written.endsWith(")") ? written : written + ".";
  }

  private static String roman(int number) {
    String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return tens[number % 100 / 10] + ones[number % 10];
  }

  private static String headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
    String style = paragraph.getStyleID();
    if (style == null) {
      return "";
    }
    String name = style;
    if (document.getStyles() != null && document.getStyles().getStyle(style) != null
        && document.getStyles().getStyle(style).getName() != null) {
      name = document.getStyles().getStyle(style).getName();
    }
    Matcher heading = Pattern.compile("(?i)^(?:heading|tiêu đề|tieude)\\s*([1-4])$").matcher(name.trim());
    if (heading.matches()) {
      return "h" + heading.group(1);
    }
    heading = Pattern.compile("(?i)^heading([1-4])$").matcher(style);
    return heading.matches() ? "h" + heading.group(1) : "";
  }

  static String normalize(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("[\\t ]+", " ").strip();
  }

  /** Assembles sections from the lines, keeping track of the numbering in force. */
  private static final class Builder {

    private final List<String[]> lines;
    private final List<DraftSection> sections = new ArrayList<>();
    private final Map<String, Integer> keys = new HashMap<>();
    /** Where points ("a)") sit in {@link #path}: below up to four levels of numbering. */
    private static final int POINT_INDEX = 4;
    private final String[] path = new String[6];
    private final String[] labels = new String[6];
    private final int[] styleCounts = new int[6];
    private String legalArticle;
    private String currentKey;
    private String currentLabel;
    private int currentLevel;
    private String currentHeading;
    private final StringBuilder currentText = new StringBuilder();
    private final StringBuilder preamble = new StringBuilder();

    Builder(List<String[]> lines) {
      this.lines = lines;
    }

    Draft build() {
      DraftKind kind = DraftKind.OTHER;
      String title = lines.isEmpty() ? "" : lines.get(0)[0];
      for (int at = 0; at < Math.min(lines.size(), 12); at++) {
        String plain = plain(lines.get(at)[0]).replaceFirst("^du thao\\s+", "");
        DraftKind found = plain.equals("nghi quyet") ? DraftKind.RESOLUTION : plain.equals("ke hoach") ? DraftKind.PLAN
            : null;
        if (found != null) {
          kind = found;
          String type = found == DraftKind.RESOLUTION ? "Nghị quyết" : "Kế hoạch";
          title = at + 1 < lines.size() ? type + " " + lowerFirst(lines.get(at + 1)[0]) : type;
          break;
        }
      }
      for (String[] line : lines) {
        add(line[0], line[1]);
      }
      close();
      if (sections.isEmpty()) {
        sections.add(new DraftSection("toan-van", "Toàn văn", 1, "Toàn văn", preamble.toString().strip()));
      }
      return new Draft(title, kind, sections);
    }

    private void add(String text, String style) {
      Matcher matcher;
      if (!"table".equals(style) && (matcher = PART.matcher(text)).matches()) {
        open(1, "phan-" + slug(matcher.group(1)), "Phần " + matcher.group(1), text);
        legalArticle = null;
      } else if (!"table".equals(style) && (matcher = CHAPTER.matcher(text)).matches()) {
        open(path[0] != null && path[0].startsWith("phan-") ? 2 : 1, "chuong-" + matcher.group(1),
            "Chương " + matcher.group(1), text);
        legalArticle = null;
      } else if (!"table".equals(style) && (matcher = ARTICLE.matcher(text)).matches()) {
        legalArticle = "dieu-" + matcher.group(1);
        openFlat(legalArticle, "Điều " + matcher.group(1), 1, text);
      } else if (!"table".equals(style) && legalArticle != null && (matcher = NUMBERED.matcher(text)).matches()
          && !matcher.group(1).contains(".")) {
        openFlat(legalArticle + "/khoan-" + matcher.group(1), "Điều " + legalArticle.substring(5) + ", khoản "
            + matcher.group(1), 2, text);
        path[2] = legalArticle + "/khoan-" + matcher.group(1);
        labels[2] = "Điều " + legalArticle.substring(5) + ", khoản " + matcher.group(1);
      } else if (!"table".equals(style) && legalArticle != null && (matcher = POINT.matcher(text)).matches()) {
        String clause = path[2] != null && path[2].startsWith(legalArticle + "/") ? path[2] : legalArticle;
        String clauseLabel = path[2] != null && path[2].startsWith(legalArticle + "/") ? labels[2]
            : "Điều " + legalArticle.substring(5);
        openFlat(clause + "/diem-" + slug(matcher.group(1)), clauseLabel + ", điểm " + matcher.group(1), 3, text);
      } else if (!"table".equals(style) && legalArticle == null && (matcher = ROMAN.matcher(text)).matches()) {
        open(1, matcher.group(1), "Mục " + matcher.group(1), text);
      } else if (!"table".equals(style) && legalArticle == null && (matcher = NUMBERED.matcher(text)).matches()) {
        String number = matcher.group(1);
        int level = 1 + number.split("\\.").length;
        String parent = path[0];
        String key = parent == null ? number : parent + "/" + number;
        String label = parent == null ? "Mục " + number : labels[0] + "." + number;
        open(Math.min(level, 4), key, label, text);
      } else if (!"table".equals(style) && legalArticle == null && (matcher = POINT.matcher(text)).matches()) {
        String parent = deepest();
        String key = (parent == null ? "" : parent + "/") + slug(matcher.group(1));
        String label = (parent == null ? "Điểm " : "Điểm " + labelNumber() + ".") + matcher.group(1);
        open(5, key, label, text);
      } else if (style.startsWith("h")) {
        int level = Integer.parseInt(style.substring(1));
        styleCounts[level]++;
        for (int deeper = level + 1; deeper < styleCounts.length; deeper++) {
          styleCounts[deeper] = 0;
        }
        StringBuilder number = new StringBuilder();
        for (int at = 1; at <= level; at++) {
          number.append(at == 1 ? "" : ".").append(styleCounts[at]);
        }
        open(level, "muc-" + number, "Mục " + number, text);
      } else {
        body(text);
      }
    }

    /** A numbered heading at {@code level} of the plan-style numbering. */
    private void open(int level, String key, String label, String text) {
      close();
      int index = Math.min(level, path.length) - 1;
      path[index] = key;
      labels[index] = label;
      for (int deeper = index + 1; deeper < path.length; deeper++) {
        path[deeper] = null;
        labels[deeper] = null;
      }
      start(key, label, level, text);
    }

    private void openFlat(String key, String label, int level, String text) {
      close();
      start(key, label, level, text);
    }

    private void start(String key, String label, int level, String text) {
      int seen = keys.merge(key, 1, Integer::sum);
      currentKey = seen == 1 ? key : key + "#" + seen;
      currentLabel = seen == 1 ? label : label + " (lần " + seen + ")";
      currentLevel = level;
      int colon = text.indexOf(':');
      if (colon > 0 && colon < HEADING_LENGTH && colon < text.length() - 1) {
        currentHeading = text.substring(0, colon + 1).strip();
        currentText.append(text.substring(colon + 1).strip());
      } else if (text.length() > HEADING_LENGTH) {
        int cut = text.lastIndexOf(' ', HEADING_LENGTH);
        currentHeading = text.substring(0, cut > 0 ? cut : HEADING_LENGTH).strip() + "…";
        currentText.append(text);
      } else {
        currentHeading = text;
      }
    }

    private void body(String text) {
      if (currentKey == null) {
        preamble.append(text).append('\n');
        return;
      }
      if (currentText.length() > 0) {
        currentText.append('\n');
      }
      currentText.append(text);
    }

    private void close() {
      if (currentKey != null) {
        sections.add(new DraftSection(currentKey, currentLabel, currentLevel, currentHeading,
            currentText.toString().strip()));
      }
      currentKey = null;
      currentText.setLength(0);
    }

    /** The deepest numbered section above the points (a point's parent). */
    private String deepest() {
      for (int at = POINT_INDEX - 1; at >= 0; at--) {
        if (path[at] != null) {
          return path[at];
        }
      }
      return null;
    }

    private String labelNumber() {
      for (int at = POINT_INDEX - 1; at >= 0; at--) {
        if (labels[at] != null) {
          return labels[at].replaceFirst("^(Mục|Điểm) ", "");
        }
      }
      return "";
    }
  }

  private static String plain(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
        .replace('Đ', 'D');
    return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
  }

  private static String slug(String text) {
    return plain(text).replace(' ', '-');
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
