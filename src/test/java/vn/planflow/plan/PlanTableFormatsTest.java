package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.planflow.plan.PlanImportFixtures.utf8;
import static vn.planflow.plan.PlanTableErrorsTest.row;
import static vn.planflow.plan.PlanTableErrorsTest.workbook;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.planflow.agency.AgencyType;

/** The table as different offices and tools write it. */
class PlanTableFormatsTest {

  /** The tables of these tests are read as of June 2024: Sở TT&TT and the districts still exist. */
  @org.junit.jupiter.api.BeforeEach
  void readInJune2024() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        java.time.LocalDate.of(2024, 6, 3).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
  }

  @org.junit.jupiter.api.AfterEach
  void resetClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }


  private final PlanTableReader reader = PlanImportFixtures.reader();

  @ParameterizedTest
  @ValueSource(strings = {
      "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Phối hợp thực hiện;Mục tiêu triển khai;Thời gian hoàn thành",
      "STT;Nội dung;Cơ quan chủ trì;Cơ quan phối hợp;Sản phẩm;Thời hạn",
      "Số TT;Nhiệm vụ;Chủ trì thực hiện;Đơn vị phối hợp;Kết quả;Tiến độ",
      "so tt;TEN NHIEM VU;DON VI CHU TRI TRIEN KHAI;phoi hop;ket qua thuc hien;thoi gian thuc hien",
      "tt;nội dung nhiệm vụ;CHỦ TRÌ;Phối hợp;Kết quả;Thời gian hoàn thành / thực hiện",
      "TT.;Tên nhiệm vụ;Đơn vị chủ trì;Phối hợp thực hiện;Mục tiêu triển khai;Thời gian hoàn thành (dự kiến)",
      "\"TT\";\"Tên nhiệm vụ,\ndự án\";\"Đơn vị\nchủ trì\";Phối  hợp  thực hiện;Mục tiêu triển khai;Thời hạn"})
  void readsTheHeadersTheSeedsPrintAndTheirVariants(String header) {
    String csv = header + "\n1;Rà soát thủ tục;Sở Tư pháp;Sở Nội vụ;Danh mục thủ tục;Quý II/2025\n";

    assertThat(fields(reader.read("ke-hoach.csv", utf8(csv)).rows())).containsExactly(expected(2, "1", "Rà soát thủ tục",
        "so-tu-phap", List.of("so-noi-vu"), "Danh mục thủ tục", "Quý II/2025",
        Deadline.fixed(LocalDate.of(2025, 6, 30))));
  }

  @Test
  void readsExcelsSemicolonCsvWithBomQuotesAndLineBreaksInCells() {
    String csv = "\uFEFFPHỤ LỤC;;;;\r\n"
        + ";;;;\r\n"
        + "TT;Tên nhiệm vụ, dự án;Đơn vị chủ trì;Phối hợp thực hiện;Thời gian hoàn thành\r\n"
        + "1.;\"Xây dựng \"\"Làng số\"\";\r\nthí điểm tại 2 huyện\";\"Sở TT&TT; Sở Nội vụ\";\"Sở Tài chính;\r\nSở Y tế\";"
        + "Trước ngày 15/12/2024\r\n"
        + ";;;;\r\n"
        + "2.;Tổng kết;Sở Tài chính;;\r\n";

    List<PlanRow> rows = reader.read("ke-hoach.csv", utf8(csv)).rows();

    assertThat(fields(rows)).containsExactly(
        expected(4, "1", "Xây dựng \"Làng số\";\nthí điểm tại 2 huyện", List.of("so-tttt", "so-noi-vu"),
            List.of("so-tai-chinh", "so-y-te"), "", "Trước ngày 15/12/2024",
            Deadline.fixed(LocalDate.of(2024, 12, 15))),
        expected(6, "2", "Tổng kết", "so-tai-chinh", List.of(), "", "", Deadline.continuous()));
  }

  @Test
  void readsACommaCsvWithoutBomEveryCellQuoted() {
    String csv = "\"TT\",\"Nội dung\",\"Chủ trì thực hiện\",\"Phối hợp thực hiện\",\"Thời gian hoàn thành\"\n"
        + "\"1\",\"Tổ chức trực 24/7, tuần đầu\",\"Sở Văn hóa, Thể thao và Du lịch\",\"Sở Y tế, Công an tỉnh\","
        + "\"Từ 01/7/2025 đến 07/7/2025\"\n";

    assertThat(fields(reader.read("ke-hoach.csv", utf8(csv), new PlanContext("so-khcn", java.time.LocalDate.of(2025, 7, 1),
        null, java.time.LocalDate.of(2025, 6, 1))).rows())).containsExactly(expected(2, "1",
        "Tổ chức trực 24/7, tuần đầu", "so-vhtt-du-lich", List.of("so-y-te", "cong-an-tinh"), "",
        "Từ 01/7/2025 đến 07/7/2025", Deadline.window(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 7))));
  }

  @Test
  void readsATabSeparatedCsvAndDiacriticsFreeAgencyNames() {
    String csv = "TT\tTen nhiem vu\tDon vi chu tri\tPhoi hop thuc hien\n1\tSo hoa\tso tai chinh\tCAC SO, BAN, NGANH\n";

    PlanRow row = reader.read("ke-hoach.csv", utf8(csv)).rows().get(0);

    assertThat(row.leadAgency()).isEqualTo("so-tai-chinh");
    assertThat(row.coordinatingAgencies()).hasSize(PlanImportFixtures.ofType(AgencyType.DEPARTMENT).size() - 1)
        .doesNotContain("so-tai-chinh");
  }

  @Test
  void treatsAMissingOrBlankDeadlineAsContinuousWork() {
    String withoutColumn = "TT;Tên nhiệm vụ;Đơn vị chủ trì\n1;Báo cáo;Sở Y tế\n";
    String blankCell = "TT;Tên nhiệm vụ;Đơn vị chủ trì;Thời hạn\n1;Báo cáo;Sở Y tế;  \n";

    assertThat(reader.read("a.csv", utf8(withoutColumn)).rows().get(0).deadline()).isEqualTo(Deadline.continuous());
    assertThat(reader.read("a.csv", utf8(blankCell)).rows().get(0).deadline()).isEqualTo(Deadline.continuous());
  }

  @Test
  void givesARowLedByACollectiveToEachOfItsAgencies() {
    String csv = "TT;Tên nhiệm vụ;Đơn vị chủ trì;Phối hợp thực hiện\n1;Trực 24/7;UBND cấp huyện;Sở Nội vụ\n";

    PlanRow row = reader.read("a.csv", utf8(csv), "so-khcn").rows().get(0);

    assertThat(row.leadAgencies()).as("the 21 districts of June 2024").hasSize(21).startsWith("ubnd-tp-vinh")
        .contains("ubnd-tx-cua-lo");
    assertThat(row.coordinatingAgencies()).containsExactly("so-noi-vu");
    assertThat(row.readings()).contains("Mỗi đơn vị chủ trì có nhiệm vụ riêng: 21 nhiệm vụ");
  }

  @Test
  void givesARowLedByNobodyInParticularToThePlanLead() {
    String csv = "TT;Tên nhiệm vụ;Đơn vị chủ trì;Phối hợp thực hiện\n1;Vận hành;Các cơ quan chủ trì quản lý, vận hành "
        + "các nền tảng số;Sở Nội vụ\n";

    PlanRow row = reader.read("a.csv", utf8(csv), "so-khcn").rows().get(0);

    assertThat(row.leadAgencies()).containsExactly("so-khcn");
    assertThat(row.warnings()).singleElement().asString().contains("không nêu đơn vị nào có hiệu lực");
  }

  @Test
  void readsNumbersAsPlainTextDatesAsDayMonthYearAndMergedCellsAsTheirTopLeftValue() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      row(sheet, 0, "KẾ HOẠCH");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      row(sheet, 1, "TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Phối hợp thực hiện", "Thời gian hoàn thành");
      for (int i = 0; i < 3; i++) {
        row(sheet, 2 + i, null, "Nhiệm vụ " + (i + 1), i == 0 ? "Sở Thông tin và Truyền thông" : null);
      }
      sheet.getRow(2).createCell(0).setCellValue(1);
      sheet.getRow(3).createCell(0).setCellValue(2.1);
      sheet.getRow(4).createCell(0).setCellValue(3.0);
      sheet.addMergedRegion(new CellRangeAddress(2, 4, 2, 2));
      sheet.getRow(2).createCell(3).setCellValue("Sở Y tế");
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
      XSSFCellStyle date = sheet.getWorkbook().createCellStyle();
      date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
      var due = sheet.getRow(2).createCell(4);
      due.setCellValue(LocalDate.of(2024, 12, 15));
      due.setCellStyle(date);
      sheet.getRow(3).createCell(4).setCellFormula("DATE(2025,6,30)");
      sheet.getRow(3).getCell(4).setCellStyle(date);
      sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
    });

    List<PlanRow> rows = reader.read("ke-hoach.xlsx", xlsx).rows();

    assertThat(rows).extracting(PlanRow::row).containsExactly(3, 4, 5);
    assertThat(rows).extracting(PlanRow::code).containsExactly("1", "2.1", "3");
    assertThat(rows).extracting(PlanRow::leadAgency).containsOnly("so-tttt");
    assertThat(rows).extracting(PlanRow::coordinatingAgencies)
        .containsExactly(List.of("so-y-te"), List.of("so-y-te"), List.of());
    assertThat(rows.get(0).deadlineText()).isEqualTo("15/12/2024");
    assertThat(rows.get(0).deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2024, 12, 15)));
    assertThat(rows.get(1).deadlineText()).isEqualTo("30/6/2025");
    assertThat(rows.get(1).deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2025, 6, 30)));
    assertThat(rows.get(2).deadline()).isEqualTo(Deadline.continuous());
  }

  @Test
  void skipsBlankRowsAndKeepsExcelsRowNumbers() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      row(sheet, 3, "STT", "Nội dung", "Chủ trì");
      row(sheet, 4, "", " ", "");
      row(sheet, 7, "1", "Nhiệm vụ", "Công an tỉnh");
    });

    assertThat(reader.read("ke-hoach.xlsx", xlsx).rows()).singleElement()
        .extracting(PlanRow::row, PlanRow::leadAgency).containsExactly(8, "cong-an-tinh");
  }

  /** A read row's fields as the table wrote them (its readings and warnings aside). */
  private static List<Object> expected(int row, String code, String title, String lead, List<String> coordinating,
      String expectedResult, String deadlineText, Deadline deadline) {
    return expected(row, code, title, List.of(lead), coordinating, expectedResult, deadlineText, deadline);
  }

  private static List<Object> expected(int row, String code, String title, List<String> leads,
      List<String> coordinating, String expectedResult, String deadlineText, Deadline deadline) {
    return List.of(row, code, title, leads, coordinating, expectedResult, deadlineText, deadline);
  }

  private static List<List<Object>> fields(List<PlanRow> rows) {
    return rows.stream().map(row -> List.<Object>of(row.row(), row.code(), row.title(), row.leadAgencies(),
        row.coordinatingAgencies(), row.expectedResult(), row.deadlineText(), row.deadline())).toList();
  }
}
