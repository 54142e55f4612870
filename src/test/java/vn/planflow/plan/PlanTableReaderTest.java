package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.planflow.plan.PlanImportFixtures.ofType;
import static vn.planflow.plan.PlanImportFixtures.plan;
import static vn.planflow.plan.PlanImportFixtures.utf8;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.planflow.agency.AgencyType;

/** The seeds' full tables, as CSV and XLSX files offices make (src/test/resources/plans/). */
class PlanTableReaderTest {

  private final PlanTableReader reader = PlanImportFixtures.reader();

  /** Seed 003: Kế hoạch 1004/KH-UBND of 19/12/2023, the tasks of 2024. */
  private static final PlanContext PLAN_1004 = new PlanContext("so-tttt", LocalDate.of(2023, 12, 19), null,
      LocalDate.of(2024, 1, 2));
  /** Seed 004: Kế hoạch 507/KH-UBND, carried out by the province as it is from July 2025. */
  private static final PlanContext PLAN_507 = new PlanContext("so-khcn", LocalDate.of(2025, 7, 1), null,
      LocalDate.of(2025, 6, 20));

  @ParameterizedTest
  @ValueSource(strings = {"ke-hoach-1004-2024.csv", "ke-hoach-1004-2024.xlsx"})
  void readsThe46TasksOfThe2024PlanAppendix(String file) {
    ParsedPlan plan = reader.read(file, plan(file), PLAN_1004);
    List<PlanRow> rows = plan.rows();

    assertThat(rows).hasSize(46);
    assertThat(rows).extracting(PlanRow::code)
        .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(46).map(String::valueOf).toList());
    assertThat(rows).extracting(PlanRow::row).startsWith(6, 7, 8).endsWith(51);
    assertThat(rows).extracting(PlanRow::position).startsWith(1, 2, 3).endsWith(46);
    PlanRow first = rows.get(0);
    assertThat(first.title()).isEqualTo("Duy trì, cập nhật Kiến trúc Chính quyền điện tử tỉnh Nghệ An; Kiến trúc ICT "
        + "phát triển đô thị thông minh tỉnh Nghệ An.");
    assertThat(first.expectedResult()).startsWith("Thực hiện, duy trì, cập nhật Kiến trúc Chính quyền điện tử;");
    Map<String, String> leads = rows.stream().collect(Collectors.toMap(PlanRow::code, PlanRow::leadAgency));
    assertThat(leads).containsAllEntriesOf(Map.ofEntries(Map.entry("1", "so-tttt"), Map.entry("13", "so-tttt"),
        Map.entry("14", "so-tttt"), Map.entry("23", "so-tttt"), Map.entry("24", "vp-ubnd"), Map.entry("30", "vp-ubnd"),
        Map.entry("31", "so-tai-chinh"), Map.entry("32", "so-noi-vu"), Map.entry("34", "so-du-lich"),
        Map.entry("35", "so-ke-hoach-dau-tu"), Map.entry("37", "so-y-te"), Map.entry("38", "nhnn-nghe-an"),
        Map.entry("39", "so-cong-thuong"), Map.entry("40", "cong-an-tinh"), Map.entry("41", "so-tai-nguyen-moi-truong"),
        Map.entry("42", "so-nong-nghiep-ptnt")));
    assertThat(rows.get(0).coordinatingAgencies()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ke-hoach-1004-2024.csv", "ke-hoach-1004-2024.xlsx"})
  void aYearlyPlansRowsWithoutDeadlineFallDueAtTheEndOfItsYear(String file) {
    ParsedPlan plan = reader.read(file, plan(file), PLAN_1004);
    Map<String, PlanRow> rows = plan.rows().stream().collect(Collectors.toMap(PlanRow::code, Function.identity()));

    assertThat(plan.planYear()).as("read from \"… DỰ KIẾN TRIỂN KHAI NĂM 2024\" above the table").isEqualTo(2024);
    assertThat(rows.get("1").deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2024, 12, 31)));
    assertThat(rows.get("1").readings()).contains("Không ghi thời hạn: hạn cuối năm kế hoạch, 31/12/2024");
    assertThat(plan.rows().stream().filter(row -> row.deadline().equals(Deadline.fixed(LocalDate.of(2024, 12, 31)))))
        .hasSizeGreaterThan(35);
    // row 12 writes its deadline among the targets: taken, and shown for confirmation
    assertThat(rows.get("12").deadline()).isEqualTo(Deadline.fixed(LocalDate.of(2024, 12, 15)));
    assertThat(rows.get("12").warnings()).singleElement().asString().contains("trước 15/12/2024", "cần xác nhận");
    // recurring duties recur: a newsletter "1 số/quý", services rented "hàng năm", a drill "/năm"
    assertThat(rows.get("22").deadline()).isEqualTo(Deadline.recurring("P3M"));
    assertThat(rows.get("4").deadline()).isEqualTo(Deadline.recurring("P1Y"));
    assertThat(rows.get("13").deadline()).isEqualTo(Deadline.recurring("P1Y"));
    assertThat(plan.rows()).allSatisfy(row -> assertThat(row.deadlineText()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ke-hoach-1004-2024.csv", "ke-hoach-1004-2024.xlsx"})
  void everyAgencyALeadCellNamesLeadsATaskOfItsOwn(String file) {
    List<PlanRow> rows = reader.read(file, plan(file), PLAN_1004).rows();
    LocalDate day = PLAN_1004.planDate();
    List<String> departments = PlanImportFixtures.validOn(AgencyType.DEPARTMENT, day);
    List<String> districts = PlanImportFixtures.validOn(AgencyType.DISTRICT, day);

    assertThat(rows.get(42).leadAgencies()).as("#43: three leads, none demoted")
        .containsExactly("dai-pthtt", "bao-nghe-an", "cong-ttdt-tinh");
    assertThat(rows.get(42).coordinatingAgencies()).isEmpty();
    assertThat(rows.get(43).leadAgencies()).as("#44: Các Sở, ban, ngành liên quan").containsExactlyElementsOf(departments);
    assertThat(rows.get(44).leadAgencies()).as("#45").containsExactlyElementsOf(concat(departments, districts));
    assertThat(rows.get(45).leadAgencies()).as("#46")
        .containsExactlyElementsOf(concat(List.of("so-tttt"), departments, districts));
    assertThat(districts).as("TX Cửa Lò was a district until 31/10/2024").contains("ubnd-tx-cua-lo")
        .doesNotContain("xa-nghi-loc");
  }

  @Test
  void readsSeed004AsWrittenOnePerResponsibleAgencyValidInJuly2025() {
    ParsedPlan plan = reader.read("ke-hoach-507-2025.csv", plan("ke-hoach-507-2025-nhu-van-ban.csv"), PLAN_507);
    List<PlanRow> rows = plan.rows();
    LocalDate day = PLAN_507.planDate();
    List<String> departments = PlanImportFixtures.validOn(AgencyType.DEPARTMENT, day);
    List<String> communes = PlanImportFixtures.validOn(AgencyType.COMMUNE, day);

    assertThat(rows).hasSize(27);
    assertThat(PlanImportFixtures.validOn(AgencyType.DISTRICT, day)).as("no district level after 30/6/2025").isEmpty();
    assertThat(communes).hasSize(130);
    assertThat(rows).extracting(PlanRow::code).containsSubsequence("2.2", "2.3", "2.3", "3.1");
    assertThat(rows).filteredOn(row -> row.code().equals("2.3")).extracting(PlanRow::key, PlanRow::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2.3", 4), org.assertj.core.groups.Tuple.tuple("2.3#2", 5));
    Map<String, PlanRow> tasks = rows.stream().collect(Collectors.toMap(PlanRow::key, Function.identity()));

    assertThat(tasks.get("1").leadAgencies()).as("(i) Các Sở, Ban ngành có TTHC and (ii) Văn phòng UBND tỉnh")
        .containsExactlyElementsOf(concat(departments, List.of("vp-ubnd")));
    assertThat(tasks.get("1").coordinatingAgencies()).containsExactlyElementsOf(communes);
    assertThat(tasks.get("1").deadline().kind()).isEqualTo(DeadlineKind.EVENT);
    assertThat(tasks.get("3.2").leadAgencies()).containsExactly("so-nong-nghiep-moi-truong", "so-tu-phap");
    assertThat(tasks.get("4.6").leadAgencies()).as("UBND các huyện: their communes in July 2025; UBND các xã, phường")
        .containsExactlyInAnyOrderElementsOf(communes);
    assertThat(tasks.get("4.11").leadAgencies()).as("the working group's secretariat, and the communes' teams")
        .startsWith("so-khcn").containsAll(communes);
    assertThat(tasks.get("4.11").readings()).anySatisfy(reading -> assertThat(reading).contains("không phải là một đơn vị"));
    assertThat(tasks.get("6.2").leadAgencies()).containsExactlyInAnyOrderElementsOf(communes);
    assertThat(tasks.get("7.3").leadAgencies()).as("nobody in particular: the plan's lead").containsExactly("so-khcn");
    assertThat(tasks.get("7.3").warnings()).isNotEmpty();
    assertThat(plan.taskCount()).isEqualTo(rows.stream().mapToInt(row -> row.leadAgencies().size()).sum())
        .isGreaterThan(4 * 130);
  }

  @Test
  void aPlanOf2021ReadsWithTheAgenciesOf2021() {
    String csv = "TT;Tên nhiệm vụ;Đơn vị chủ trì;Phối hợp thực hiện;Thời gian hoàn thành\n"
        + "1;Khảo sát hiện trạng;Sở TT&TT;UBND các huyện, thành phố, thị xã;Trước ngày 30/9/2021\n"
        + "2;Đề án;Sở Kế hoạch và Đầu tư;;Năm 2022\n";

    List<PlanRow> in2021 = reader.read("a.csv", utf8(csv),
        new PlanContext("so-tttt", LocalDate.of(2021, 9, 11), null, LocalDate.of(2021, 9, 11))).rows();
    List<PlanRow> in2026 = reader.read("a.csv", utf8(csv),
        new PlanContext("so-khcn", LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 1, 5))).rows();

    assertThat(in2021.get(0).leadAgencies()).containsExactly("so-tttt");
    assertThat(in2021.get(0).coordinatingAgencies()).contains("ubnd-tx-cua-lo", "ubnd-tp-vinh").hasSize(21);
    assertThat(in2021.get(1).leadAgencies()).containsExactly("so-ke-hoach-dau-tu");
    assertThat(in2026.get(0).leadAgencies()).as("Sở TT&TT's work went to Sở KH&CN").containsExactly("so-khcn");
    assertThat(in2026.get(0).readings()).anySatisfy(reading -> assertThat(reading).contains("đã hết hiệu lực"));
    assertThat(in2026.get(0).coordinatingAgencies()).as("the districts' work went to the communes")
        .containsExactlyInAnyOrderElementsOf(PlanImportFixtures.validOn(AgencyType.COMMUNE, LocalDate.of(2026, 1, 5)));
    assertThat(in2026.get(1).leadAgencies()).as("Sở KH&ĐT merged into Sở Tài chính").containsExactly("so-tai-chinh");
  }

  @Test
  void fixturesAreWrittenAsExcelAndOtherToolsWriteCsv() {
    String excel = new String(plan("ke-hoach-1004-2024.csv"), java.nio.charset.StandardCharsets.UTF_8);
    String quoted = new String(plan("ke-hoach-507-2025.csv"), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(excel).startsWith("\uFEFFPHỤ LỤC;;;\r\n")
        .contains("\r\nTT;Tên nhiệm vụ, dự án;Đơn vị chủ trì triển khai;Mục tiêu triển khai\r\n")
        .contains(";\"Sở TT&TT; các sở, ban, ngành; UBND các huyện, thành phố, thị xã\";");
    assertThat(quoted).startsWith("\"TT\",\"Nội dung nhiệm vụ\",\"Chủ trì thực hiện\",\"Phối hợp thực hiện\","
        + "\"Thời gian hoàn thành / thực hiện\"\n")
        .contains("\"(i). Các Sở, Ban ngành có TTHC\n(ii). Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)\"");
  }

  @Test
  void readsTheSameTasksFromTheCsvAndTheXlsxOfAPlan() {
    assertThat(reader.read("a.csv", plan("ke-hoach-1004-2024.csv")))
        .isEqualTo(reader.read("a.xlsx", plan("ke-hoach-1004-2024.xlsx")));
    assertThat(reader.read("a.csv", plan("ke-hoach-507-2025.csv"), "so-khcn"))
        .isEqualTo(reader.read("a.xlsx", plan("ke-hoach-507-2025.xlsx"), "so-khcn"));
  }

  static void assertRefused(ThrowingCallable read, ImportError... errors) {
    assertThatThrownBy(read).isInstanceOfSatisfying(PlanImportException.class,
        e -> assertThat(e.errors()).containsExactly(errors));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).distinct().toList();
  }

  private static List<String> concat(List<String> first, List<String> second, List<String> third) {
    return concat(concat(first, second), third);
  }

}
