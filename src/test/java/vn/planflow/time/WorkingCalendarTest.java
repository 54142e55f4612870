package vn.planflow.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class WorkingCalendarTest {

  static final WorkingCalendar CALENDAR = WorkingCalendar.of(new ClassPathResource("deadline/holidays.csv"));

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static WorkingCalendar inline(String text) {
    return WorkingCalendar.of(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test calendar"));
  }

  @Test
  void tetHolidaysAreNotWorkingDays2025() {
    // off Saturday 25/1 to Sunday 2/2/2025: five weekdays, 28 tháng Chạp to mùng 3
    day("2025-01-27").datesUntil(day("2025-02-03"))
        .forEach(d -> assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse());
    assertThat(CALENDAR.isWorkingDay(day("2025-01-24"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(day("2025-02-03"))).isTrue();
    assertThat(CALENDAR.holidayName(day("2025-01-29"))).hasValue("Tết Nguyên đán, mùng 1 tháng Giêng");
  }

  @ParameterizedTest(name = "Tết {0}: off {1}..{2}")
  @CsvSource({
      "2021, 2021-02-10, 2021-02-16", "2022, 2022-01-31, 2022-02-04", "2023, 2023-01-20, 2023-01-26",
      "2024, 2024-02-08, 2024-02-14", "2026, 2026-02-16, 2026-02-20", "2027, 2027-02-05, 2027-02-11",
      "2030, 2030-02-01, 2030-02-07"})
  void tetBreakIsOffFromItsFirstToItsLastDayAndWorkResumesNextWeekday(int year, LocalDate first, LocalDate last) {
    first.datesUntil(last.plusDays(1))
        .forEach(d -> assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse());
    assertThat(CALENDAR.minusWorkingDays(first, 1)).isEqualTo(previousWeekday(first));
    assertThat(CALENDAR.plusWorkingDays(last, 1)).isEqualTo(nextWeekday(last));
  }

  @Test
  void tet2030FollowsTheVietnameseCalendarNotTheChineseOne() {
    // the new moon is at 23:07 on 2/2/2030 in UTC+7, after midnight in UTC+8
    assertThat(CALENDAR.holidayName(day("2030-02-02"))).hasValueSatisfying(n -> assertThat(n).contains("mùng 1"));
  }

  @Test
  void reminderTwoWorkingDaysBeforeADeadlineAfterTetFallsBeforeTet() {
    assertThat(CALENDAR.minusWorkingDays(day("2025-02-03"), 2)).isEqualTo(day("2025-01-23"));
    assertThat(CALENDAR.minusWorkingDays(day("2024-02-15"), 1)).isEqualTo(day("2024-02-07"));
  }

  @Test
  void quocKhanhAndItsExtraDayAreSkipped() {
    assertThat(CALENDAR.plusWorkingDays(day("2021-09-01"), 1)).isEqualTo(day("2021-09-06"));
    assertThat(CALENDAR.plusWorkingDays(day("2022-08-31"), 1)).isEqualTo(day("2022-09-05"));
    assertThat(CALENDAR.plusWorkingDays(day("2023-08-31"), 1)).isEqualTo(day("2023-09-05"));
    assertThat(CALENDAR.plusWorkingDays(day("2024-08-30"), 1)).isEqualTo(day("2024-09-04"));
    assertThat(CALENDAR.plusWorkingDays(day("2025-08-29"), 1)).isEqualTo(day("2025-09-03"));
    assertThat(CALENDAR.plusWorkingDays(day("2026-08-28"), 1)).isEqualTo(day("2026-09-03"));
  }

  @Test
  void holidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
    assertThat(CALENDAR.isWorkingDay(day("2022-01-03"))).isFalse(); // Tết Dương lịch on a Saturday
    assertThat(CALENDAR.isWorkingDay(day("2022-04-11"))).isFalse(); // Giỗ Tổ on a Sunday
    assertThat(CALENDAR.isWorkingDay(day("2023-05-02"))).isFalse(); // Giỗ Tổ Saturday, 30/4 Sunday ...
    assertThat(CALENDAR.isWorkingDay(day("2023-05-03"))).isFalse();
    assertThat(CALENDAR.isWorkingDay(day("2023-05-04"))).isTrue();
    assertThat(CALENDAR.holidayName(day("2028-05-02"))).hasValueSatisfying(n -> assertThat(n).startsWith("Nghỉ bù"));
    assertThat(CALENDAR.holidayName(day("2029-09-04"))).hasValueSatisfying(n -> assertThat(n).startsWith("Nghỉ bù"));
  }

  @Test
  void swapSaturdayIsAWorkingDay() {
    assertThat(CALENDAR.isWorkingDay(day("2024-04-29"))).isFalse();
    assertThat(CALENDAR.isWorkingDay(day("2024-05-04"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(day("2025-04-26"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(day("2025-05-02"))).isFalse();
    assertThat(CALENDAR.isWorkingDay(day("2026-01-10"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(day("2026-08-22"))).isTrue();
    assertThat(CALENDAR.holidayName(day("2024-05-04"))).isEmpty();
    assertThat(CALENDAR.plusWorkingDays(day("2025-04-25"), 1)).isEqualTo(day("2025-04-26"));
  }

  @Test
  void aTaskDueBeforeTetAndDoneAfterItIsLateOnlyByTheWorkingDays() {
    assertThat(CALENDAR.workingDaysBetween(day("2024-02-07"), day("2024-02-16"))).isEqualTo(2);
    assertThat(CALENDAR.workingDaysBetween(day("2025-01-24"), day("2025-02-03"))).isEqualTo(1);
    assertThat(CALENDAR.workingDaysBetween(day("2025-02-03"), day("2025-01-24"))).isEqualTo(-1);
    assertThat(CALENDAR.workingDaysBetween(day("2025-02-03"), day("2025-02-03"))).isZero();
    assertThat(CALENDAR.plusWorkingDays(day("2025-01-24"), 3)).isEqualTo(day("2025-02-05"));
  }

  @Test
  void zeroWorkingDaysIsTheDayItselfOrTheNearestWorkingDay() {
    assertThat(CALENDAR.plusWorkingDays(day("2025-03-12"), 0)).isEqualTo(day("2025-03-12"));
    assertThat(CALENDAR.minusWorkingDays(day("2025-03-12"), 0)).isEqualTo(day("2025-03-12"));
    assertThat(CALENDAR.plusWorkingDays(day("2025-01-29"), 0)).isEqualTo(day("2025-02-03"));
    assertThat(CALENDAR.minusWorkingDays(day("2025-01-29"), 0)).isEqualTo(day("2025-01-24"));
    assertThat(CALENDAR.onOrAfter(day("2025-03-15"))).isEqualTo(day("2025-03-17"));
    assertThat(CALENDAR.onOrAfter(day("2025-04-26"))).isEqualTo(day("2025-04-26"));
    // on a day off, the next working day is both the 0th and the 1st after it
    assertThat(CALENDAR.plusWorkingDays(day("2025-03-15"), 1)).isEqualTo(day("2025-03-17"));
    assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.plusWorkingDays(day("2025-03-12"), -1));
  }

  @Test
  void countingBackWhatWasAddedGivesTheSameNumber() {
    day("2021-01-01").datesUntil(day("2031-01-01"), Period.ofDays(5)).forEach(d ->
        IntStream.of(1, 2, 5, 10).forEach(n -> {
          assertThat(CALENDAR.workingDaysBetween(d, CALENDAR.plusWorkingDays(d, n))).as(d + " + " + n).isEqualTo(n);
          assertThat(CALENDAR.workingDaysBetween(CALENDAR.minusWorkingDays(d, n), d)).as(d + " - " + n)
              .isEqualTo(CALENDAR.isWorkingDay(d) ? n : n - 1);
        }));
  }

  @Test
  void everyYearHasTetGioToAndTheFixedHolidays() {
    Map<Integer, String> gioTo = Map.of(2021, "2021-04-21", 2022, "2022-04-10", 2023, "2023-04-29",
        2024, "2024-04-18", 2025, "2025-04-07", 2026, "2026-04-26", 2027, "2027-04-16", 2028, "2028-04-04",
        2029, "2029-04-23", 2030, "2030-04-12");
    gioTo.forEach((year, date) -> assertYearHasItsHolidays(year, day(date)));
  }

  static void assertYearHasItsHolidays(int year, LocalDate gioTo) {
    long tetDays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year, 3, 1))
        .filter(d -> CALENDAR.holidayName(d).filter(n -> n.startsWith("Tết Nguyên đán")).isPresent()).count();
    assertThat(tetDays).as("Tết %d", year).isGreaterThanOrEqualTo(5);
    assertThat(CALENDAR.holidayName(LocalDate.of(year, 1, 1))).as("1/1/%d", year).hasValue("Tết Dương lịch");
    assertThat(CALENDAR.holidayName(gioTo)).as("Giỗ Tổ %d", year).hasValue("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    assertThat(CALENDAR.holidayName(LocalDate.of(year, 4, 30))).as("30/4/%d", year)
        .hasValueSatisfying(n -> assertThat(n).startsWith("Ngày Giải phóng miền Nam"));
    assertThat(CALENDAR.holidayName(LocalDate.of(year, 5, 1))).as("1/5/%d", year)
        .hasValue("Ngày Quốc tế Lao động (1/5)");
    assertThat(CALENDAR.holidayName(LocalDate.of(year, 9, 2))).as("2/9/%d", year).hasValue("Quốc khánh (2/9)");
    assertThat(CALENDAR.holidayName(LocalDate.of(year, 9, 1)).or(() -> CALENDAR.holidayName(LocalDate.of(year, 9, 3))))
        .as("the day next to 2/9/%d", year).hasValueSatisfying(n -> assertThat(n).startsWith("Quốc khánh"));
  }

  @Test
  void outsideTheCoveredYearsOnlyWeekendsAreDaysOff() {
    assertThat(CALENDAR.isWorkingDay(day("2031-01-01"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(day("2020-01-01"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(day("2035-06-02"))).isFalse();
    assertThat(CALENDAR.plusWorkingDays(day("2030-12-31"), 3)).isEqualTo(day("2031-01-03"));
  }

  @Test
  void theBundledFileIsTheDefault() {
    CalendarProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("planflow.deadline", CalendarProperties.class);
    assertThat(WorkingCalendar.of(properties.holidays()).isWorkingDay(day("2025-01-29"))).isFalse();
  }

  @Test
  void rejectsABadHeader() {
    assertThatIllegalStateException().isThrownBy(() -> inline("ngay;loai;ten\n2025-01-01;holiday;Tết Dương lịch\n"))
        .withMessageContaining("test calendar").withMessageContaining(":1:");
  }

  @Test
  void rejectsABadDate() {
    assertThatIllegalStateException()
        .isThrownBy(() -> inline("date;kind;name\n2025-01-01;holiday;Tết Dương lịch\n2025-02-30;holiday;X\n"))
        .withMessageContaining(":3:").withMessageContaining("2025-02-30");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatIllegalStateException().isThrownBy(() -> inline("date;kind;name\n2025-01-01;nghỉ;Tết Dương lịch\n"))
        .withMessageContaining(":2:").withMessageContaining("nghỉ");
  }

  @Test
  void rejectsADuplicateDate() {
    assertThatIllegalStateException()
        .isThrownBy(() -> inline("date;kind;name\n2025-01-01;holiday;A\n\n2025-01-01;holiday;B\n"))
        .withMessageContaining(":4:").withMessageContaining("duplicate");
  }

  @Test
  void rejectsAWorkingRowOnAWeekday() {
    assertThatIllegalStateException().isThrownBy(() -> inline("date;kind;name\n2025-01-02;working;Làm bù\n"))
        .withMessageContaining(":2:");
  }

  static LocalDate previousWeekday(LocalDate day) {
    LocalDate d = day.minusDays(1);
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.minusDays(1);
    }
    return d;
  }

  static LocalDate nextWeekday(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.plusDays(1);
    }
    return d;
  }
}
