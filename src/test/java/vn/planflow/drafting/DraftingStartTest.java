package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/** The start of a drafting plan: defaults for what the caller left out, one refusal for all that is wrong. */
@PlanflowTest
class DraftingStartTest {

  private static final LocalDate MONDAY_2_MARCH_2026 = LocalDate.of(2026, 3, 2);

  @Autowired
  DraftingStart start;

  @Test
  void fillsEveryVariableLeftOutWithTheContractsDefault() {
    DraftingStart.Resolved resolved = start.resolve(Map.of(), MONDAY_2_MARCH_2026);

    Map<String, Object> variables = resolved.variables();
    assertThat(variables.get(Vars.TITLE).toString()).startsWith("Kế hoạch xây dựng Nghị quyết");
    assertThat(variables).containsEntry(Vars.LEAD_AGENCY, "so-khcn")
        .containsEntry(Vars.LEAD_AGENCY_NAME, "Sở Khoa học và Công nghệ")
        .containsEntry(Vars.OFFICE_AGENCY, "vp-ubnd").containsEntry(Vars.FINANCE_AGENCY, "so-tai-chinh");
    assertThat(variables.get(Vars.SURVEY_AGENCIES).toString().split(","))
        .contains("so-y-te", "so-cong-thuong", "phuong-truong-vinh").doesNotContain("so-khcn", "ubnd-tp-vinh",
            "so-tttt").doesNotHaveDuplicates();
    // the seed's survey came 19 days after the plan: Saturday 21/3/2026 moves to Monday 23/3
    assertThat(variables.get(Vars.SURVEY_DUE)).isEqualTo(endOf(LocalDate.of(2026, 3, 23)));
    assertThat(variables.get(Vars.EXECUTIVE_COMMITTEE_DUE)).isInstanceOf(Date.class);
    assertThat(resolved.cleared()).isEmpty();
  }

  @Test
  void aPlanOf2021IsLedBySoTtttAndSurveysTheDepartmentsAndDistrictsOf2021() {
    Map<String, Object> variables = start.resolve(Map.of(), LocalDate.of(2021, 9, 13)).variables();

    assertThat(variables).containsEntry(Vars.LEAD_AGENCY, "so-tttt")
        .containsEntry(Vars.LEAD_AGENCY_NAME, "Sở Thông tin và Truyền thông");
    assertThat(variables.get(Vars.SURVEY_AGENCIES).toString().split(","))
        .contains("so-ke-hoach-dau-tu", "so-khcn", "ubnd-tx-cua-lo", "ubnd-quynh-luu")
        .doesNotContain("so-tttt", "so-nong-nghiep-moi-truong", "phuong-truong-vinh");
  }

  @Test
  void theLeadDefaultsToTheAgencyInChargeOfDigitalTransformationOnTheStartDay() {
    assertThat(start.resolve(Map.of(), LocalDate.of(2025, 2, 28)).variables()).containsEntry(Vars.LEAD_AGENCY, "so-tttt");
    assertThat(start.resolve(Map.of(), LocalDate.of(2025, 3, 3)).variables()).containsEntry(Vars.LEAD_AGENCY, "so-khcn");
    // named explicitly after the merger, Sở TT&TT is asked through Sở KH&CN
    assertThat(start.resolve(Map.of(Vars.LEAD_AGENCY, "so-tttt"), MONDAY_2_MARCH_2026).variables())
        .containsEntry(Vars.LEAD_AGENCY, "so-khcn");
  }

  @Test
  void aDistrictNamedAfter30June2025IsSurveyedThroughItsCommunes() {
    Map<String, Object> variables = start.resolve(Map.of(Vars.SURVEY_AGENCIES, "ubnd-tp-vinh,so-y-te"),
        MONDAY_2_MARCH_2026).variables();

    assertThat(variables.get(Vars.SURVEY_AGENCIES).toString().split(","))
        .contains("phuong-truong-vinh", "phuong-cua-lo", "so-y-te").doesNotContain("ubnd-tp-vinh");
  }

  @Test
  void aListOfIdsFromTheFormsTaglistIsStoredAsTheContractsCommaSeparatedString() {
    Map<String, Object> variables = start.resolve(Map.of(Vars.SURVEY_AGENCIES,
        java.util.List.of("so-y-te", "phuong-truong-vinh", "so-y-te")), MONDAY_2_MARCH_2026).variables();

    assertThat(variables).containsEntry(Vars.SURVEY_AGENCIES, "so-y-te,phuong-truong-vinh");
    assertThat(start.resolve(Map.of(Vars.SURVEY_AGENCIES, java.util.List.of()), MONDAY_2_MARCH_2026).variables()
        .get(Vars.SURVEY_AGENCIES).toString().split(",")).as("nothing chosen: every agency")
        .contains("so-y-te", "xa-nghi-loc");
  }

  @Test
  void takesWhatIsGivenAsksEachAgencyOnceAndDropsBlankDurations() {
    Map<String, Object> given = new HashMap<>();
    given.put(Vars.TITLE, "Kế hoạch chuyển đổi số 2026");
    given.put(Vars.SURVEY_AGENCIES, " so-y-te, so-cong-thuong ,so-y-te");
    given.put(Vars.SURVEY_DUE, "2026-03-13");
    given.put(Vars.REMINDER_BEFORE, " ");
    given.put(Vars.OVERDUE_REPEAT, "PT1M");

    DraftingStart.Resolved resolved = start.resolve(given, MONDAY_2_MARCH_2026);

    assertThat(resolved.variables()).containsEntry(Vars.TITLE, "Kế hoạch chuyển đổi số 2026")
        .containsEntry(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong")
        .containsEntry(Vars.SURVEY_DUE, endOf(LocalDate.of(2026, 3, 13)));
    assertThat(resolved.cleared()).containsExactly(Vars.REMINDER_BEFORE);
  }

  @Test
  void refusesRepeatsShorterThanAMinuteThatWouldMakeTheTimersSpin() {
    assertThatThrownBy(() -> start.resolve(Map.of(Vars.OVERDUE_REPEAT, "PT0S"), MONDAY_2_MARCH_2026))
        .hasMessageContaining("\"PT0S\" (biến overdueRepeat)");
    assertThatThrownBy(() -> start.resolve(Map.of(Vars.REMINDER_BEFORE, "PT30S"), MONDAY_2_MARCH_2026))
        .hasMessageContaining("\"PT30S\" (biến reminderBefore)");
    assertThat(start.resolve(Map.of(Vars.OVERDUE_REPEAT, "PT1M"), MONDAY_2_MARCH_2026).variables())
        .doesNotContainKey(Vars.OVERDUE_REPEAT);
  }

  @Test
  void dueDatesLieWithinThePlansSpan() {
    assertThatThrownBy(() -> start.resolve(Map.of(Vars.SURVEY_DUE, "2026-02-27"), MONDAY_2_MARCH_2026))
        .hasMessageContaining("Hạn 27/02/2026 (biến surveyDue) đã qua: kế hoạch bắt đầu ngày 02/03/2026.");
    assertThatThrownBy(() -> start.resolve(Map.of(Vars.UBND_DUE, "2202-03-15"), MONDAY_2_MARCH_2026))
        .hasMessageContaining("Hạn 15/03/2202 (biến ubndDue) quá xa");
    assertThat(start.resolve(Map.of(Vars.SURVEY_DUE, "2026-03-02"), MONDAY_2_MARCH_2026).variables())
        .containsEntry(Vars.SURVEY_DUE, endOf(MONDAY_2_MARCH_2026));
  }

  @Test
  void refusesEveryProblemAtOnceInVietnamese() {
    Map<String, Object> given = Map.of(Vars.LEAD_AGENCY, "so-khong-co", Vars.SURVEY_AGENCIES, "so-y-te,phong-la",
        Vars.SURVEY_DUE, "30/9", Vars.OVERDUE_REPEAT, "2 ngày");

    assertThatThrownBy(() -> start.resolve(given, MONDAY_2_MARCH_2026))
        .isInstanceOf(StartRefusedException.class)
        .hasMessageContaining("Không có đơn vị mã \"so-khong-co\" (biến leadAgency)")
        .hasMessageContaining("có mã không tồn tại: phong-la")
        .hasMessageContaining("Hạn \"30/9\" (biến surveyDue) không phải là ngày hợp lệ")
        .hasMessageContaining("\"2 ngày\" (biến overdueRepeat) không phải là khoảng thời gian ISO-8601 từ một phút");
  }

  private static Date endOf(LocalDate day) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(17, 0)).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant());
  }
}
