package vn.planflow.trail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The trail as an Excel workbook: one sheet "Nhật ký", a header row in Vietnamese, one row per
 * event, its moment a real Excel date (the province's local time, dd/mm/yyyy hh:mm).
 */
final class TrailWorkbook {

  static final String SHEET = "Nhật ký";
  static final List<String> HEADER = List.of("Thời điểm", "Loại sự kiện", "Sự kiện", "Người thực hiện",
      "Tên người thực hiện", "Đơn vị", "Kế hoạch", "Công việc", "Chi tiết");
  private static final int[] WIDTHS = {18, 24, 28, 18, 26, 36, 48, 48, 90};

  private TrailWorkbook() {
  }

  static byte[] write(List<TrailEvent> events, ZoneId zone) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      SXSSFSheet sheet = workbook.createSheet(SHEET);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle moment = workbook.createCellStyle();
      moment.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      Row head = sheet.createRow(0);
      for (int column = 0; column < HEADER.size(); column++) {
        Cell cell = head.createCell(column);
        cell.setCellValue(HEADER.get(column));
        cell.setCellStyle(header);
        sheet.setColumnWidth(column, WIDTHS[column] * 256);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (TrailEvent event : events) {
        Row row = sheet.createRow(r++);
        Cell at = row.createCell(0);
        at.setCellValue(event.at.atZone(zone).toLocalDateTime());
        at.setCellStyle(moment);
        text(row, 1, event.kind.label());
        text(row, 2, event.label);
        text(row, 3, event.userId == null ? "Hệ thống" : event.userId);
        text(row, 4, event.userName);
        text(row, 5, event.agencyName);
        text(row, 6, event.planTitle);
        text(row, 7, event.taskName);
        text(row, 8, event.detail);
      }
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      // a cell holds at most 32,767 characters
      row.createCell(column).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value);
    }
  }
}
