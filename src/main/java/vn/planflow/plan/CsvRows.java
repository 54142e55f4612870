package vn.planflow.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it (RFC 4180): UTF-8 with or without BOM; cells separated by
 * {@code ;}, {@code ,} or a tab, whichever finds the table's header; a cell in double quotes may
 * hold the delimiter, line breaks and doubled quotes; CRLF, LF or CR end a record. Lenient where
 * Excel is: a quote inside an unquoted cell is kept as written. Each record is one
 * {@link SheetRow} numbered as Excel numbers it when it opens the file.
 */
final class CsvRows {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final char[] DELIMITERS = {';', ',', '\t'};

  private CsvRows() {
  }

  /** @throws PlanImportException when the content is no UTF-8 text or a quoted cell is never closed */
  static List<SheetRow> read(String filename, byte[] content) {
    String text = text(filename, content);
    List<SheetRow> best = null;
    int bestColumns = -1;
    for (char delimiter : DELIMITERS) {
      List<SheetRow> rows = parse(text, delimiter);
      int columns = TableHeader.find(rows).map(header -> header.columns().size()).orElse(0);
      if (columns > bestColumns) {
        best = rows;
        bestColumns = columns;
      }
    }
    return best;
  }

  private static String text(String filename, byte[] content) {
    if (XlsxRows.isWorkbookLike(content)) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" là tệp Excel hoặc tệp nén, không phải văn bản "
          + "CSV; nếu là bảng Excel, hãy lưu thành .xlsx rồi tải lên");
    }
    if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" được lưu bằng mã UTF-16; trong Excel hãy chọn "
          + "\"CSV UTF-8 (Comma delimited)\"");
    }
    int offset = XlsxRows.startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" không phải văn bản CSV mã UTF-8 (có thể là tệp "
          + "nhị phân); trong Excel hãy chọn \"CSV UTF-8 (Comma delimited)\"");
    }
    if (text.indexOf('\0') >= 0) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" không phải văn bản CSV (có dữ liệu nhị phân)");
    }
    return text;
  }

  /** @throws PlanImportException when a quoted cell is never closed */
  static List<SheetRow> parse(String text, char delimiter) {
    List<SheetRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean cellStarted = false;
    int quoteRow = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else if (c == '\r') {
          cell.append('\n');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && !cellStarted) {
        quoted = true;
        cellStarted = true;
        quoteRow = rows.size() + 1;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        cellStarted = false;
      } else if (c == '\r' || c == '\n') {
        cells.add(cell.toString());
        rows.add(new SheetRow(rows.size() + 1, cells));
        cells = new ArrayList<>();
        cell.setLength(0);
        cellStarted = false;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        cell.append(c);
        cellStarted = true;
      }
      i++;
    }
    if (quoted) {
      throw PlanImportException.of(quoteRow, "", "Ô bắt đầu bằng dấu ngoặc kép ở dòng " + quoteRow
          + " không có dấu ngoặc kép đóng: tệp CSV bị cắt hoặc sai định dạng");
    }
    if (cellStarted || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new SheetRow(rows.size() + 1, cells));
    }
    return rows;
  }
}
