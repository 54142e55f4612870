package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.planflow.plan.PlanImportFixtures.ofType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyType;

class AgencyMatcherTest {

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


  private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

  private final AgencyMatcher matcher = PlanImportFixtures.matcher();

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      so-tttt                                                     | so-tttt
      SO-VAN-HOA-THE-THAO                                         | so-van-hoa-the-thao
      Sở Thông tin và Truyền thông                                | so-tttt
      sở thông tin và truyền thông                                | so-tttt
      SO THONG TIN VA TRUYEN THONG                                | so-tttt
      Sở TT&TT                                                    | so-tttt
      So TT & TT                                                  | so-tttt
      Sở Thông tin và Truyền thông (Trung tâm CNTT&TT)            | so-tttt
      Sở Nông nghiệp và PTNT                                      | so-nong-nghiep-ptnt
      Ngân hàng Nhà nước chi nhánh Nghệ An                        | nhnn-nghe-an
      Công an tỉnh Nghệ An.                                       | cong-an-tinh
      Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)    | vp-ubnd
      Ủy ban nhân dân huyện Quỳnh Lưu                             | ubnd-quynh-luu
      UBND huyện Quỳnh Lưu                                        | ubnd-quynh-luu
      - Sở Tài chính                                              | so-tai-chinh
      """)
  void findsOneAgencyByIdNameOrAliasWhateverItsCaseAndDiacritics(String cell, String id) {
    assertThat(matcher.resolve(cell)).containsExactly(id);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Đài PT&TH, Báo Nghệ An, Cổng Thông tin điện tử Nghệ An                      | dai-pthtt,bao-nghe-an,cong-ttdt-tinh
      Sở Tài chính; Sở Nội vụ                                                     | so-tai-chinh,so-noi-vu
      Sở Tài chính và Sở Nội vụ                                                   | so-tai-chinh,so-noi-vu
      Văn phòng UBND tỉnh, Sở Tài chính, VNPT Nghệ An và các đơn vị có liên quan. | vp-ubnd,so-tai-chinh,vnpt-nghe-an
      Sở Nội vụ, Bộ Khoa học và Công nghệ.                                        | so-noi-vu,bo-khcn
      Sở Tài chính, Sở Tài chính                                                  | so-tai-chinh
      """)
  void findsSeveralAgenciesSeparatedBySemicolonsCommasAndVa(String cell, String ids) {
    assertThat(matcher.resolve(cell)).containsExactly(ids.split(","));
  }

  @Test
  void readsOneAgencyALineAndDropsEnumerators() {
    assertThat(matcher.resolve("(i). Sở Tư pháp\n(ii). Văn phòng UBND tỉnh (Phòng Kiểm soát thủ tục hành chính)"))
        .containsExactly("so-tu-phap", "vp-ubnd");
    assertThat(matcher.resolve("- Sở Y tế\r\n- Sở Công Thương")).containsExactly("so-y-te", "so-cong-thuong");
  }

  @Test
  void readsNamesWhoseSeparatorWasForgotten() {
    assertThat(matcher.resolve("VNPT Nghệ An, Sở Khoa học và Công nghệ các Sở, ngành, địa phương."))
        .startsWith("vnpt-nghe-an", "so-khcn")
        .containsAll(ofType(AgencyType.DEPARTMENT))
        .containsAll(ofType(AgencyType.DISTRICT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Các sở, ban, ngành", "Các sở, ban, ngành cấp tỉnh", "các Sở, ban, ngành",
      "CAC SO, BAN, NGANH", "Các Sở, ban, ngành liên quan", "Các Sở, Ban ngành có TTHC", "Các Sở, ngành"})
  void expandsDepartmentPhrasesToEveryDepartment(String cell) {
    assertThat(matcher.resolve(cell)).containsExactlyElementsOf(ofType(AgencyType.DEPARTMENT)).hasSizeGreaterThan(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UBND các huyện, thành phố, thị xã", "UBND cấp huyện", "UBND các huyện, thị xã, thành phố",
      "Ủy ban nhân dân cấp huyện", "UBND các huyện, thành phố", "ubnd cac huyen, thanh pho, thi xa"})
  void expandsDistrictPhrasesToEveryDistrict(String cell) {
    assertThat(matcher.resolve(cell)).containsExactlyElementsOf(ofType(AgencyType.DISTRICT)).hasSize(21);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UBND cấp xã", "UBND các xã, phường", "UBND các xã, phường (mới)", "Các xã, phường.",
      "Tổ Ứng cứu cấp xã"})
  void expandsCommunePhrasesToEveryCommuneEvenWhenThereIsNone(String cell) {
    assertThat(matcher.resolve(cell)).containsExactlyElementsOf(ofType(AgencyType.COMMUNE));
  }

  @Test
  void expandsCombinedPhrasesOfTheSeeds() {
    List<String> departments = ofType(AgencyType.DEPARTMENT);
    List<String> districts = ofType(AgencyType.DISTRICT);
    List<String> communes = ofType(AgencyType.COMMUNE);
    assertThat(matcher.resolve("Các sở, ban, ngành; UBND các huyện, thành phố, thị xã"))
        .containsExactlyElementsOf(concat(departments, districts));
    assertThat(matcher.resolve("Sở TT&TT; các sở, ban, ngành; UBND các huyện, thành phố, thị xã"))
        .containsExactlyElementsOf(concat(List.of("so-tttt"), departments, districts).stream().distinct().toList());
    assertThat(matcher.resolve("Các Sở, Ban, ngành, địa phương."))
        .containsExactlyElementsOf(concat(departments, districts, communes));
    assertThat(matcher.resolve("UBND cấp huyện, cấp xã thuộc diện sắp xếp."))
        .containsExactlyElementsOf(concat(districts, communes));
    assertThat(matcher.resolve("UBND các huyện, thành phố, UBND các xã, phường (mới)."))
        .containsExactlyElementsOf(concat(districts, communes));
  }

  @Test
  void givesABodyThatIsNoAgencyToItsSecretariatAsTheDataSays() {
    List<AgencyMention> mentions = matcher.mentions(
        "Tổ Công tác liên ngành giám sát, hỗ trợ triển khai Kế hoạch số 02-KH/BCĐTW cấp tỉnh", JULY_2025);

    assertThat(mentions).singleElement().satisfies(mention -> {
      assertThat(mention.kind()).isEqualTo(AgencyMention.Kind.BODY);
      assertThat(mention.agencyIds()).containsExactly("so-khcn");
      assertThat(mention.note()).contains("không phải là một đơn vị", "Sở Khoa học và Công nghệ");
    });
    assertThat(matcher.resolve("Ban Chỉ đạo chuyển đổi số tỉnh", java.time.LocalDate.of(2024, 6, 3)))
        .as("its secretariat before the merger").containsExactly("so-tttt");
    assertThat(matcher.resolve("Ban Chỉ đạo chuyển đổi số tỉnh", JULY_2025)).containsExactly("so-khcn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Các cơ quan, đơn vị liên quan.", "các đơn vị có liên quan", "Các cơ quan, đơn vị.",
      "Các cơ quan chủ trì quản lý, vận hành các nền tảng số, hệ thống thông tin, dữ liệu.",
      "Tổ Công tác liên ngành giám sát, hỗ trợ triển khai việc này",
      "các đơn vị trực thuộc các Bộ, ngành: Công an, Quốc phòng, Khoa học và Công nghệ."})
  void understandsCollectivesThatNameNobodyInParticular(String cell) {
    assertThat(matcher.resolve(cell)).isEmpty();
  }

  @Test
  void keepsTheAgenciesNamedBesideACollective() {
    assertThat(matcher.resolve("Sở Nông nghiệp và Môi trường (đối với dữ liệu về đất đai), Sở Tư pháp (đối với dữ "
        + "liệu về hộ tịch) và các cơ quan được giao xây dựng các cơ sở dữ liệu chuyên ngành.", JULY_2025))
        .containsExactly("so-nong-nghiep-moi-truong", "so-tu-phap");
    assertThat(matcher.resolve("Sở Khoa học và Công nghệ, các đơn vị trực thuộc các Bộ, ngành: Công an, Quốc phòng, "
        + "Khoa học và Công nghệ.")).containsExactly("so-khcn");
  }

  @Test
  void namesEveryPartItCannotFind() {
    assertThatThrownBy(() -> matcher.resolve("Sở ABC, Sở Tài chính; Phòng XYZ và Sở Nội vụ"))
        .isInstanceOfSatisfying(UnknownAgencyException.class, e -> assertThat(e.parts())
            .containsExactly("Sở ABC", "Phòng XYZ"))
        .hasMessage("Không tìm thấy đơn vị \"Sở ABC\" trong danh mục đơn vị; "
            + "Không tìm thấy đơn vị \"Phòng XYZ\" trong danh mục đơn vị");
  }

  @Test
  void keepsAnUnknownNameWithCommasInOnePiece() {
    assertThatThrownBy(() -> matcher.resolve("Sở Văn hóa, Thể thao và Du lịch biển"))
        .isInstanceOfSatisfying(UnknownAgencyException.class, e -> assertThat(e.parts())
            .containsExactly("Sở Văn hóa, Thể thao và Du lịch biển"));
  }

  @Test
  void readsAVeryLongCellInReasonableTime() {
    String cell = "Sở Y tế, ".repeat(5_000) + "Sở Không Có";

    assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatThrownBy(() -> matcher.resolve(cell))
        .isInstanceOfSatisfying(UnknownAgencyException.class, e -> assertThat(e.parts()).containsExactly("Sở Không Có")));
  }

  @Test
  void readsABlankCellAsNoAgency() {
    assertThat(matcher.resolve("  ")).isEmpty();
    assertThat(matcher.resolve(null)).isEmpty();
  }

  @Test
  void everyNameAndAliasOfTheDirectoryNamesOneAgencyOnly() {
    Map<String, List<String>> owners = new HashMap<>();
    for (Agency agency : PlanImportFixtures.DIRECTORY.all()) {
      Stream.concat(Stream.of(agency.name()), agency.aliases().stream()).map(PlanText::key).distinct()
          .forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(agency.id()));
    }
    assertThat(owners).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
    for (Agency agency : PlanImportFixtures.DIRECTORY.all()) {
      LocalDate day = agency.validFrom() != null ? agency.validFrom() : agency.validTo() != null ? agency.validTo()
          : JULY_2025;
      assertThat(matcher.resolve(agency.id(), day)).as(agency.id()).containsExactly(agency.id());
      assertThat(matcher.resolve(agency.name(), day)).as(agency.name()).containsExactly(agency.id());
      agency.aliases().forEach(alias -> assertThat(matcher.resolve(alias, day)).as(alias).containsExactly(agency.id()));
    }
  }

  @ParameterizedTest(name = "\"{0}\" on {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Sở Văn hóa, Thể thao và Du lịch                     | 2025-07-01 | so-vhtt-du-lich
      Sở Văn hóa, Thể thao và Du lịch, Sở Y tế            | 2025-07-01 | so-vhtt-du-lich,so-y-te
      Sở Thông tin và Truyền thông                        | 2025-02-28 | so-tttt
      Sở Thông tin và Truyền thông                        | 2025-03-01 | so-khcn
      Sở TT&TT, Sở Khoa học và Công nghệ                  | 2025-07-01 | so-khcn
      Sở Văn hóa và Thể thao, Sở Du lịch                  | 2025-03-01 | so-vhtt-du-lich
      Sở Kế hoạch và Đầu tư                               | 2026-01-05 | so-tai-chinh
      UBND thị xã Cửa Lò                                  | 2024-10-31 | ubnd-tx-cua-lo
      UBND thị xã Cửa Lò                                  | 2024-11-01 | ubnd-tp-vinh
      Bộ TT&TT                                            | 2025-07-01 | bo-khcn
      """)
  void readsANameAsTheAgencyDoingItsWorkOnTheDay(String cell, LocalDate day, String ids) {
    assertThat(matcher.resolve(cell, day)).containsExactly(ids.split(","));
  }

  @Test
  void refusesAnAgencyThatDidNotExistYetOnTheDay() {
    assertThatThrownBy(() -> matcher.resolve("Sở Văn hóa, Thể thao và Du lịch", LocalDate.of(2024, 6, 3)))
        .isInstanceOf(UnknownAgencyException.class);
    assertThat(matcher.mentions("Sở Văn hóa, Thể thao và Du lịch", LocalDate.of(2024, 6, 3))).singleElement()
        .satisfies(mention -> {
          assertThat(mention.kind()).isEqualTo(AgencyMention.Kind.NOT_YET);
          assertThat(mention.note()).contains("chỉ có hiệu lực từ ngày 01/03/2025");
        });
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }
}
