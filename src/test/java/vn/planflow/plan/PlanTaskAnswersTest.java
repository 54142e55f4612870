package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.PlanflowTest;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.plan.PlanProcesses.Vars;
import vn.planflow.refusal.InputRefusedException;

/** What a completed task of a plan leaves for the next step, and which answers are refused. */
@PlanflowTest
class PlanTaskAnswersTest {

  /** Thursday 3/7/2025, 10:00 in the province. */
  private static final Date NOW = at(LocalDate.of(2025, 7, 3), LocalTime.of(10, 0));

  @Autowired
  PlanTaskAnswers answers;

  @Test
  void aDoneReportIsRecordedAndTheLeadHasFiveWorkingDaysToVerifyIt() {
    Map<String, Object> set = answers.completed(PlanTask.REPORT_PROGRESS, Map.<String, Object>of(
        Vars.PROGRESS_STATUS, "done", Vars.PROGRESS_NOTE, "Đã ban hành quy chế",
        Vars.PROGRESS_HISTORY_TEXT, "02/01/2025 – báo cáo trước")::get, List.of(), "so-y-te", NOW);

    assertThat(set).containsEntry(Vars.LAST_PROGRESS_STATUS, "done").containsEntry(Vars.DONE_REPORTED_AT, NOW)
        // Thursday + 5 working days: Thursday 10/7
        .containsEntry(Vars.VERIFICATION_DUE, at(LocalDate.of(2025, 7, 10), LocalTime.of(17, 0)));
    assertThat(set.get(Vars.PROGRESS_HISTORY_TEXT).toString()).startsWith("02/01/2025 – báo cáo trước")
        .contains("03/07/2025 10:00 – Sở Y tế báo cáo: Đã hoàn thành. Đã ban hành quy chế");
  }

  @Test
  void aVerificationSentBackReopensTheTaskWithItsReason() {
    Map<String, Object> set = answers.completed(PlanTask.VERIFY_COMPLETION, Map.<String, Object>of(
        Vars.VERIFICATION_RESULT, "rejected", Vars.VERIFICATION_NOTE, "Thiếu văn bản")::get, List.of(),
        "so-tttt", NOW);

    assertThat(set).containsEntry(Vars.LAST_PROGRESS_STATUS, "on-track");
    assertThat(set.get(Vars.PROGRESS_HISTORY_TEXT).toString()).contains("Sở Thông tin và Truyền thông trả lại: Thiếu văn bản");
  }

  @Test
  void aContributionReachesTheLeadUnderItsAgencysName() {
    Map<String, Object> set = answers.completed(PlanTask.CONTRIBUTE_TO_REPORT, Map.<String, Object>of(
        Vars.CONTRIBUTING_AGENCY, "so-tai-chinh", Vars.CONTRIBUTION, "Đã bố trí kinh phí")::get, List.of(),
        "so-tai-chinh", NOW);

    assertThat(set.get(Vars.CONTRIBUTIONS_TEXT).toString()).isEqualTo("• Sở Tài chính (03/07/2025 10:00): Đã bố trí kinh phí");
  }

  @Test
  void refusesAReportWithoutItsAnswerAndTextsOverTheLimit() {
    assertThatThrownBy(() -> answers.completed(PlanTask.REPORT_PROGRESS, Map.<String, Object>of()::get,
        List.of("Nội dung progressNote dài 4001 ký tự, vượt quá 4000 ký tự."), "so-y-te", NOW))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("(progressStatus)").hasMessageContaining("vượt quá 4000 ký tự");
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
