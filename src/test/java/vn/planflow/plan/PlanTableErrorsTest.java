package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.planflow.plan.PlanImportFixtures.plan;
import static vn.planflow.plan.PlanImportFixtures.utf8;
import static vn.planflow.plan.PlanTableReaderTest.assertRefused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad table is refused with the row, the column and the reason of every problem. */
class PlanTableErrorsTest {

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


  private static final String UNREADABLE = "\"; hãy ghi theo một trong các dạng " + DeadlineParser.EXAMPLES;

  private final PlanTableReader reader = PlanImportFixtures.reader();

  @Test
  void listsEveryProblemOfTheTableWithItsRowAndColumn() {
    String csv = """
        TT,Tên nhiệm vụ,Đơn vị chủ trì,Phối hợp thực hiện,Thời gian hoàn thành
        1,Nhiệm vụ một,Sở ABC,Sở Tài chính,Trước ngày 30/6/2025
        2,,Sở Nội vụ,,Thường xuyên
        3,Nhiệm vụ ba,,,12/2025
        4,Nhiệm vụ bốn,Sở Y tế,"Sở Tài chính, Phòng XYZ",cuối năm
        2,Nhiệm vụ năm,Sở Y tế,,31/2/2025
        ,Nhiệm vụ sáu,Sở Y tế,,
        7,Nhiệm vụ bảy,Bộ Thông tin và Truyền thông,,
        8,Nhiệm vụ tám,Sở Y tế,,Quý II/2025
        """;

    assertRefused(() -> reader.read("ke-hoach.csv", utf8(csv)),
        new ImportError(2, "Đơn vị chủ trì", "Không tìm thấy đơn vị \"Sở ABC\" trong danh mục đơn vị"),
        new ImportError(3, "Tên nhiệm vụ", "Thiếu tên nhiệm vụ"),
        new ImportError(4, "Đơn vị chủ trì", "Thiếu đơn vị chủ trì"),
        new ImportError(5, "Phối hợp thực hiện", "Không tìm thấy đơn vị \"Phòng XYZ\" trong danh mục đơn vị"),
        new ImportError(5, "Thời gian hoàn thành", "Không đọc được thời hạn \"cuối năm" + UNREADABLE),
        new ImportError(6, "Thời gian hoàn thành", "Thời hạn \"31/2/2025\" ghi ngày không có thật (31/2/2025)"),
        new ImportError(7, "TT", "Thiếu số thứ tự của nhiệm vụ"),
        new ImportError(8, "Đơn vị chủ trì", "Đơn vị chủ trì \"Bộ Thông tin và Truyền thông\" là cơ quan ngoài "
            + "tỉnh, không nhận nhiệm vụ trong Planflow"));
  }

  @Test
  void namesTheColumnsAsTheFileWritesThem() {
    String csv = "stt;NOI DUNG;Co quan chu tri;Tien do\n1;;Sở Hư Cấu;sớm\n";

    assertRefused(() -> reader.read("ke-hoach.csv", utf8(csv)),
        new ImportError(2, "NOI DUNG", "Thiếu tên nhiệm vụ"),
        new ImportError(2, "Co quan chu tri", "Không tìm thấy đơn vị \"Sở Hư Cấu\" trong danh mục đơn vị"),
        new ImportError(2, "Tien do", "Không đọc được thời hạn \"sớm" + UNREADABLE));
  }

  @Test
  void countsRowsAsExcelShowsThemInAnXlsx() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      sheet.createRow(0).createCell(0).setCellValue("DANH MỤC NHIỆM VỤ");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      row(sheet, 2, "TT", "Tên nhiệm vụ, dự án", "Đơn vị chủ trì triển khai");
      row(sheet, 3, "1", "Nhiệm vụ một", "Sở Y tế");
      row(sheet, 5, "2", "Nhiệm vụ hai", "Sở Không Có");
    });

    assertRefused(() -> reader.read("ke-hoach.xlsx", xlsx),
        new ImportError(6, "Đơn vị chủ trì triển khai", "Không tìm thấy đơn vị \"Sở Không Có\" trong danh mục đơn vị"));
  }

  @Test
  void namesAMissingRequiredColumnOnTheHeaderRowAndStillChecksTheRows() {
    String csv = "Kế hoạch năm 2025;;\nTT;Tên nhiệm vụ;Phối hợp thực hiện\n1;Nhiệm vụ một;Sở Y tế\n2;;\n";

    assertRefused(() -> reader.read("ke-hoach.csv", utf8(csv)),
        new ImportError(2, "Đơn vị chủ trì", "Thiếu cột bắt buộc \"Đơn vị chủ trì\" (đặt tên cột là một trong: "
            + "\"Đơn vị chủ trì\", \"Đơn vị chủ trì triển khai\", \"Đơn vị chủ trì thực hiện\", \"Cơ quan chủ trì\")"),
        new ImportError(4, "Tên nhiệm vụ", "Thiếu tên nhiệm vụ"));
  }

  @Test
  void namesEveryRequiredColumnWhenThereIsNoHeader() {
    String csv = "\nMã;Việc;Người làm\nA;B;C\n";

    assertThatThrownBy(() -> reader.read("ke-hoach.csv", utf8(csv)))
        .isInstanceOfSatisfying(PlanImportException.class, e -> assertThat(e.errors())
            .extracting(ImportError::row, ImportError::column)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "TT"),
                org.assertj.core.groups.Tuple.tuple(2, "Tên nhiệm vụ, dự án"),
                org.assertj.core.groups.Tuple.tuple(2, "Đơn vị chủ trì")));
  }

  @Test
  void looksForTheHeaderInTheFirstTenRowsOnly() {
    String csv = "Dòng tiêu đề\n".repeat(10) + "TT;Tên nhiệm vụ;Đơn vị chủ trì\n1;Nhiệm vụ;Sở Y tế\n";

    assertThatThrownBy(() -> reader.read("ke-hoach.csv", utf8(csv)))
        .isInstanceOfSatisfying(PlanImportException.class, e -> assertThat(e.errors()).hasSize(3)
            .allSatisfy(error -> assertThat(error.message()).startsWith("Thiếu cột bắt buộc")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", "\uFEFF\r\n\r\n", ";;;\r\n;;;\r\n", "  \n"})
  void refusesAnEmptyCsv(String content) {
    assertRefused(() -> reader.read("ke-hoach.csv", utf8(content)),
        new ImportError(0, "file", "Tệp trống: không có bảng nhiệm vụ nào"));
  }

  @Test
  void refusesAnEmptyXlsx() throws IOException {
    assertRefused(() -> reader.read("ke-hoach.xlsx", new byte[0]),
        new ImportError(0, "file", "Tệp trống: không có bảng nhiệm vụ nào"));
    assertRefused(() -> reader.read("ke-hoach.xlsx", workbook(sheet -> { })),
        new ImportError(0, "file", "Tệp trống: không có bảng nhiệm vụ nào"));
  }

  @Test
  void refusesATableWithOnlyItsHeader() throws IOException {
    ImportError headerOnly = new ImportError(1, "", "Bảng không có nhiệm vụ nào: dưới dòng tiêu đề không có dòng "
        + "dữ liệu");
    assertRefused(() -> reader.read("ke-hoach.csv", utf8("\uFEFFTT;Tên nhiệm vụ;Đơn vị chủ trì\r\n;;\r\n")), headerOnly);
    assertRefused(() -> reader.read("ke-hoach.xlsx", workbook(sheet -> row(sheet, 0, "TT", "Nội dung", "Chủ trì"))),
        headerOnly);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"ke-hoach.pdf", "ke-hoach.xls", "ke-hoach.docx", "ke-hoach", "csv", "ke-hoach.csv.exe"})
  void acceptsOnlyCsvAndXlsxFiles(String filename) {
    assertRefused(() -> reader.read(filename, plan("ke-hoach-1004-2024.csv")),
        new ImportError(0, "file", "Chỉ nhận tệp CSV hoặc XLSX"));
  }

  @Test
  void readsTheExtensionWhateverItsCase() {
    assertThat(reader.read("KE-HOACH.CSV", plan("ke-hoach-1004-2024.csv")).rows()).hasSize(46);
    assertThat(reader.read("Ke hoach.XLSX", plan("ke-hoach-1004-2024.xlsx")).rows()).hasSize(46);
  }

  @Test
  void refusesACsvThatIsReallyAWorkbook() {
    assertRefused(() -> reader.read("ke-hoach.csv", plan("ke-hoach-1004-2024.xlsx")),
        new ImportError(0, "file", "Tệp \"ke-hoach.csv\" là tệp Excel hoặc tệp nén, không phải văn bản CSV; nếu là bảng "
            + "Excel, hãy lưu thành .xlsx rồi tải lên"));
  }

  @Test
  void refusesACsvThatIsBinaryOrNotUtf8() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte) 0xC3, 0x28};
    assertRefused(() -> reader.read("ke-hoach.csv", binary),
        new ImportError(0, "file", "Tệp \"ke-hoach.csv\" không phải văn bản CSV mã UTF-8 (có thể là tệp nhị phân); trong "
            + "Excel hãy chọn \"CSV UTF-8 (Comma delimited)\""));
    byte[] windows1258 = {'T', 'T', ';', 'T', (byte) 0xEA, 'n', '\n'};
    assertRefused(() -> reader.read("ke-hoach.csv", windows1258),
        new ImportError(0, "file", "Tệp \"ke-hoach.csv\" không phải văn bản CSV mã UTF-8 (có thể là tệp nhị phân); trong "
            + "Excel hãy chọn \"CSV UTF-8 (Comma delimited)\""));
    assertRefused(() -> reader.read("ke-hoach.csv", new byte[] {'T', 'T', 0, 0, 1, 2}),
        new ImportError(0, "file", "Tệp \"ke-hoach.csv\" không phải văn bản CSV (có dữ liệu nhị phân)"));
    assertRefused(() -> reader.read("ke-hoach.csv", "TT;Tên".getBytes(java.nio.charset.StandardCharsets.UTF_16)),
        new ImportError(0, "file", "Tệp \"ke-hoach.csv\" được lưu bằng mã UTF-16; trong Excel hãy chọn \"CSV UTF-8 "
            + "(Comma delimited)\""));
  }

  @Test
  void refusesAnXlsxThatIsNotAZip() {
    assertRefused(() -> reader.read("ke-hoach.xlsx", plan("ke-hoach-1004-2024.csv")),
        new ImportError(0, "file", "Tệp \"ke-hoach.xlsx\" không phải tệp Excel (.xlsx) hợp lệ"));
  }

  @Test
  void refusesAnXlsxThatIsAZipButNoWorkbook() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("ke-hoach.txt"));
      out.write(utf8("TT;Tên nhiệm vụ"));
    }
    assertRefused(() -> reader.read("ke-hoach.xlsx", zip.toByteArray()),
        new ImportError(0, "file", "Tệp \"ke-hoach.xlsx\" không phải tệp Excel (.xlsx) hợp lệ hoặc đã hỏng"));
    byte[] cut = java.util.Arrays.copyOf(plan("ke-hoach-1004-2024.xlsx"), 2000);
    assertRefused(() -> reader.read("ke-hoach.xlsx", cut),
        new ImportError(0, "file", "Tệp \"ke-hoach.xlsx\" không phải tệp Excel (.xlsx) hợp lệ hoặc đã hỏng"));
  }

  @Test
  void refusesAnOldOrPasswordProtectedWorkbook() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertRefused(() -> reader.read("ke-hoach.xlsx", ole2),
        new ImportError(0, "file", "Tệp \"ke-hoach.xlsx\" là tệp Excel 97-2003 (.xls) hoặc có mật khẩu; hãy mở bằng Excel "
            + "và lưu thành \"Excel Workbook (.xlsx)\" không mật khẩu"));
  }

  @Test
  void refusesACsvWhoseQuotedCellNeverEnds() {
    String csv = "TT;Tên nhiệm vụ;Đơn vị chủ trì\n1;\"Nhiệm vụ một;Sở Y tế\n2;Nhiệm vụ hai;Sở Y tế\n";

    assertRefused(() -> reader.read("ke-hoach.csv", utf8(csv)),
        new ImportError(2, "", "Ô bắt đầu bằng dấu ngoặc kép ở dòng 2 không có dấu ngoặc kép đóng: tệp CSV bị cắt "
            + "hoặc sai định dạng"));
  }

  @Test
  void refusesAPlanLeadThatIsNoAgency() {
    assertRefused(() -> reader.read("ke-hoach.csv", plan("ke-hoach-1004-2024.csv"), "so-khong-co"),
        new ImportError(0, "leadAgency", "Không tìm thấy đơn vị \"so-khong-co\" trong danh mục đơn vị"));
  }

  @Test
  void aCellLongerThanTheEngineStoresIsAnErrorOfItsRowNotAFailure() {
    String csv = "TT;Tên nhiệm vụ;Đơn vị chủ trì\n1;" + "Nhiệm vụ rất dài ".repeat(300) + ";Sở Y tế\n";

    assertRefused(() -> reader.read("ke-hoach.csv", utf8(csv)),
        new ImportError(2, "Tên nhiệm vụ", "Nội dung dài 5099 ký tự, vượt quá 4000 ký tự mà hệ thống lưu được; "
            + "hãy rút gọn (văn bản đầy đủ đính kèm ở trang tài liệu của kế hoạch)"));
  }

  @Test
  void aSheetThatWouldExpandToAMillionRowsIsRefusedBeforeItIsRead() throws IOException {
    byte[] huge = workbook(sheet -> {
      row(sheet, 0, "TT", "Tên nhiệm vụ", "Đơn vị chủ trì");
      row(sheet, 1, "1", "Nhiệm vụ", "Sở Y tế");
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1_000_000, 2, 2));
      row(sheet, 1_000_000, "");
    });
    assertThat(huge.length).as("a small file").isLessThan(10_000);

    assertRefused(() -> reader.read("ke-hoach.xlsx", huge),
        new ImportError(0, "file", "Trang tính đầu tiên có tới 1000001 dòng; một bảng nhiệm vụ có tối đa 5000 dòng. "
            + "Hãy xóa các dòng trống ở cuối bảng"));
  }

  @Test
  void summarisesTheProblemsInTheExceptionMessage() {
    assertThatThrownBy(() -> reader.read("ke-hoach.pdf", new byte[0]))
        .hasMessage("Bảng kế hoạch có 1 lỗi; lỗi đầu tiên ở dòng 0: Chỉ nhận tệp CSV hoặc XLSX");
  }

  static byte[] workbook(java.util.function.Consumer<XSSFSheet> fill) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill.accept(workbook.createSheet("Nhiệm vụ"));
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static void row(XSSFSheet sheet, int index, String... cells) {
    var row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
  }
}
