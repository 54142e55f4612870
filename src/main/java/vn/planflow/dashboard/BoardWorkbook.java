package vn.planflow.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.planflow.dashboard.Board.AgencyLine;
import vn.planflow.dashboard.Board.PlanBoard;
import vn.planflow.dashboard.Board.StageLine;
import vn.planflow.dashboard.Board.TaskLine;

/**
 * The dashboards' tables as an .xlsx workbook, a sheet per table, with the same figures as the
 * page: dates are real Excel dates (the province's calendar day), ratings are words on their colour.
 */
final class BoardWorkbook implements AutoCloseable {

  static final List<String> PLAN_HEADERS = List.of("Kế hoạch", "Loại", "Đơn vị chủ trì", "Ngày bắt đầu",
      "Giai đoạn đang thực hiện", "Số giai đoạn trễ", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
      "Đang thực hiện trong hạn", "Sắp đến hạn", "Quá hạn", "Đánh giá");
  static final List<String> AGENCY_HEADERS = List.of("Đơn vị", "Được giao", "Hoàn thành đúng hạn",
      "Hoàn thành trễ hạn", "Đang thực hiện", "Trong đó sắp đến hạn", "Quá hạn", "Đánh giá");
  static final List<String> STAGE_HEADERS = List.of("Giai đoạn", "Thời hạn theo kế hoạch", "Bắt đầu thực tế",
      "Hoàn thành thực tế", "Số việc", "Đã hoàn thành", "Tình trạng", "Số ngày làm việc trễ");
  static final List<String> TASK_HEADERS = List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Hoàn thành",
      "Tình trạng", "Số ngày làm việc trễ");

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final ZoneId zone;
  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle text;
  private final Map<Rating, CellStyle> ratings = new EnumMap<>(Rating.class);
  private final Map<TaskState, CellStyle> states = new EnumMap<>(TaskState.class);

  BoardWorkbook(ZoneId zone) {
    this.zone = zone;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setBorderBottom(BorderStyle.THIN);
    text = workbook.createCellStyle();
    text.setWrapText(true);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    for (Rating rating : Rating.values()) {
      ratings.put(rating, coloured(rating.colour()));
    }
    for (TaskState state : TaskState.values()) {
      states.put(state, coloured(state.colour()));
    }
  }

  private CellStyle coloured(String hex) {
    XSSFCellStyle style = workbook.createCellStyle();
    int rgb = Integer.parseInt(hex.substring(1), 16);
    style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    Font white = workbook.createFont();
    white.setBold(true);
    white.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
    style.setFont(white);
    return style;
  }

  BoardWorkbook plans(List<PlanBoard> plans) {
    Sheet sheet = sheet("Kế hoạch", PLAN_HEADERS);
    for (PlanBoard plan : plans) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      int c = 0;
      text(row, c++, plan.title());
      text(row, c++, plan.kind().label());
      text(row, c++, plan.leadName());
      date(row, c++, plan.startedAt());
      text(row, c++, plan.currentStages());
      number(row, c++, plan.lateStages());
      number(row, c++, plan.tasks().size());
      number(row, c++, plan.count(TaskState.DONE_ON_TIME));
      number(row, c++, plan.count(TaskState.DONE_LATE));
      number(row, c++, plan.count(TaskState.IN_TIME));
      number(row, c++, plan.count(TaskState.DUE_SOON));
      number(row, c++, plan.count(TaskState.OVERDUE) + plan.count(TaskState.MISSED));
      styled(row, c, plan.rating().label(), ratings.get(plan.rating()));
    }
    return widths(sheet, 50, 20, 30, 14, 40, 12, 12, 12, 12, 12, 12, 12, 18);
  }

  BoardWorkbook agencies(List<AgencyLine> agencies) {
    Sheet sheet = sheet("Đơn vị", AGENCY_HEADERS);
    for (AgencyLine agency : agencies) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      text(row, 0, agency.agencyName());
      number(row, 1, agency.assigned());
      number(row, 2, agency.doneOnTime());
      number(row, 3, agency.doneLate());
      number(row, 4, agency.open());
      number(row, 5, agency.dueSoon());
      number(row, 6, agency.overdue());
      styled(row, 7, agency.rating().label(), ratings.get(agency.rating()));
    }
    return widths(sheet, 45, 12, 12, 12, 12, 12, 12, 18);
  }

  BoardWorkbook stages(List<StageLine> stages) {
    Sheet sheet = sheet("Giai đoạn", STAGE_HEADERS);
    for (StageLine stage : stages) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      text(row, 0, stage.label());
      date(row, 1, stage.planned());
      date(row, 2, stage.start());
      date(row, 3, stage.end());
      number(row, 4, stage.tasks());
      number(row, 5, stage.done());
      styled(row, 6, stage.state().label(), states.get(stage.state()));
      number(row, 7, stage.workingDaysLate());
    }
    return widths(sheet, 50, 14, 14, 14, 10, 12, 26, 12);
  }

  BoardWorkbook tasks(List<TaskLine> tasks) {
    Sheet sheet = sheet("Nhiệm vụ", TASK_HEADERS);
    for (TaskLine task : tasks) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      text(row, 0, task.code());
      text(row, 1, task.name());
      text(row, 2, task.agencyName());
      date(row, 3, task.due());
      date(row, 4, task.end());
      styled(row, 5, task.state().label(), states.get(task.state()));
      number(row, 6, task.workingDaysLate());
    }
    return widths(sheet, 8, 60, 40, 14, 14, 26, 12);
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }

  private Sheet sheet(String name, List<String> headers) {
    Sheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      styled(row, i, headers.get(i), header);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private BoardWorkbook widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0,
        characters.length - 1));
    return this;
  }

  private void text(Row row, int column, String value) {
    styled(row, column, value == null ? "" : value, text);
  }

  private static void styled(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int column, long value) {
    row.createCell(column).setCellValue(value);
  }

  /** The calendar day in the province, whatever the server's zone. */
  private void date(Row row, int column, Date value) {
    Cell cell = row.createCell(column);
    if (value == null) {
      cell.setBlank();
      return;
    }
    cell.setCellValue(value.toInstant().atZone(zone).toLocalDate());
    cell.setCellStyle(date);
  }
}
