package vn.planflow.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineTextsTest {

  @Test
  void aRunningTextKeepsItsNewestLinesWithinTheEnginesColumn() {
    String text = null;
    for (int i = 1; i <= 60; i++) {
      text = EngineTexts.append(text, "Đơn vị " + i + ": " + "báo cáo ".repeat(20));
    }

    assertThat(text.length()).isLessThanOrEqualTo(EngineTexts.MAX);
    assertThat(text).startsWith("(").contains("dòng trước đó được lưu trong lịch sử quy trình")
        .contains("Đơn vị 60:").doesNotContain("Đơn vị 1:");
  }

  @Test
  void aShortTextIsKeptWhole() {
    assertThat(EngineTexts.append(EngineTexts.append(null, "Sở Y tế: đồng ý"), "Sở Tư pháp: góp ý"))
        .isEqualTo("• Sở Y tế: đồng ý\n• Sở Tư pháp: góp ý");
  }

  @Test
  void aTypedTextOverTheLimitIsRefusedInVietnamese() {
    assertThat(EngineTexts.tooLong("reportSummary", "a".repeat(4001)))
        .contains("reportSummary", "4001 ký tự", "vượt quá 4000");
    assertThat(EngineTexts.tooLong("reportSummary", "a".repeat(4000))).isNull();
  }
}
