package vn.planflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Durations shown to people in words, never as ISO strings. */
class IsoDurationsTest {

  @Test
  void readsPeriodsAndDurationsInVietnameseWords() {
    assertThat(IsoDurations.inWords("P6M")).isEqualTo("6 tháng");
    assertThat(IsoDurations.inWords("P1Y6M")).isEqualTo("1 năm 6 tháng");
    assertThat(IsoDurations.inWords("P1W")).isEqualTo("1 tuần");
    assertThat(IsoDurations.inWords("P3D")).isEqualTo("3 ngày");
    assertThat(IsoDurations.inWords("PT2H30M")).isEqualTo("2 giờ 30 phút");
    assertThat(IsoDurations.inWords("P2DT1H")).isEqualTo("2 ngày 1 giờ");
    assertThat(IsoDurations.inWords("sáu tháng")).as("no duration: as given").isEqualTo("sáu tháng");
  }
}
