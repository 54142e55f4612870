package vn.planflow.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook: numbers as plain text ("1", "2.1"), dates as
 * d/M/yyyy, formulas by their last computed value, and every cell of a merged range as the value
 * of its top-left cell (offices merge the lead column over the tasks one agency leads).
 */
final class XlsxRows {

  /** A plan table has six columns; whatever lies past this many is not read. */
  private static final int MAX_COLUMNS = 64;
  /** A plan has dozens of tasks: a sheet longer than this is refused before it is expanded. */
  static final int MAX_ROWS = 5000;
  /** Merged ranges are expanded cell by cell: more than this many are refused likewise. */
  static final int MAX_MERGED_REGIONS = 5000;
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  private XlsxRows() {
  }

  /** @throws PlanImportException when the content is no readable XLSX workbook */
  static List<SheetRow> read(String filename, byte[] content) {
    if (startsWith(content, OLE2)) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" là tệp Excel 97-2003 (.xls) hoặc có mật khẩu; "
          + "hãy mở bằng Excel và lưu thành \"Excel Workbook (.xlsx)\" không mật khẩu");
    }
    if (content.length == 0) {
      return List.of();
    }
    if (!startsWith(content, ZIP)) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" không phải tệp Excel (.xlsx) hợp lệ");
    }
    try {
      return rows(content);
    } catch (IOException e) {
      throw PlanImportException.ofFile("Tệp \"" + filename + "\" không phải tệp Excel (.xlsx) hợp lệ hoặc đã hỏng");
    }
  }

  /** Whether the content is a zip (XLSX, DOCX…) or an OLE2 file (XLS, password-protected XLSX). */
  static boolean isWorkbookLike(byte[] content) {
    return startsWith(content, ZIP) || startsWith(content, OLE2);
  }

  static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && java.util.Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static List<SheetRow> rows(byte[] content) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() >= MAX_ROWS) {
        throw PlanImportException.ofFile("Trang tính đầu tiên có tới " + (sheet.getLastRowNum() + 1)
            + " dòng; một bảng nhiệm vụ có tối đa " + MAX_ROWS + " dòng. Hãy xóa các dòng trống ở cuối bảng");
      }
      if (sheet.getNumMergedRegions() > MAX_MERGED_REGIONS) {
        throw PlanImportException.ofFile("Trang tính đầu tiên có " + sheet.getNumMergedRegions()
            + " vùng ô gộp; tối đa " + MAX_MERGED_REGIONS);
      }
      Map<Long, String> merged = new HashMap<>();
      Map<Integer, Integer> mergedWidths = new HashMap<>();
      for (CellRangeAddress range : sheet.getMergedRegions()) {
        String value = text(sheet.getRow(range.getFirstRow()), range.getFirstColumn());
        int lastRow = Math.min(range.getLastRow(), sheet.getLastRowNum());
        int lastColumn = Math.min(range.getLastColumn(), MAX_COLUMNS - 1);
        for (int r = range.getFirstRow(); r <= lastRow; r++) {
          mergedWidths.merge(r, lastColumn + 1, Math::max);
          for (int c = range.getFirstColumn(); c <= lastColumn; c++) {
            merged.put(position(r, c), value);
          }
        }
      }
      List<SheetRow> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        int width = Math.min(MAX_COLUMNS,
            Math.max(row == null ? 0 : row.getLastCellNum(), mergedWidths.getOrDefault(r, 0)));
        if (width <= 0) {
          continue;
        }
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
          cells.add(merged.getOrDefault(position(r, c), text(row, c)));
        }
        rows.add(new SheetRow(r + 1, cells));
      }
      return rows;
    } catch (PlanImportException tooLarge) {
      throw tooLarge;
    } catch (RuntimeException e) {
      throw new IOException("Not a readable XLSX workbook", e);
    }
  }

  private static long position(int row, int column) {
    return ((long) row << 20) | column;
  }

  private static String text(Row row, int column) {
    Cell cell = row == null ? null : row.getCell(column);
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? DATE.format(cell.getLocalDateTimeCellValue().toLocalDate())
          : plain(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  private static String plain(double number) {
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      return Long.toString((long) number);
    }
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }
}
