package vn.planflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The one rule of a reminder's moment, which the reminder timers and the daily digest share. */
class ReminderWindowTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private final ReminderWindow reminders = new ReminderWindow(WorkingCalendarTest.CALENDAR, new DeadlineProperties(2));

  @Test
  void withoutReminderBeforeItIsTwoWorkingDaysEarlierAtTheSameTimeOverAWeekend() {
    ZonedDateTime dueMonday = ZonedDateTime.of(2025, 11, 17, 17, 0, 0, 0, HANOI);

    assertThat(reminders.reminderAt(dueMonday, null)).isEqualTo(ZonedDateTime.of(2025, 11, 13, 17, 0, 0, 0, HANOI));
    assertThat(reminders.reminderAt(dueMonday, "  ")).as("blank is no value").isEqualTo(reminders.reminderAt(dueMonday, null));
  }

  @Test
  void aPlansReminderBeforeIsTakenLiterally() {
    ZonedDateTime dueMonday = ZonedDateTime.of(2025, 11, 17, 17, 0, 0, 0, HANOI);

    assertThat(reminders.reminderAt(dueMonday, "P1D")).as("a calendar day: Sunday")
        .isEqualTo(ZonedDateTime.of(2025, 11, 16, 17, 0, 0, 0, HANOI));
    assertThat(reminders.reminderAt(dueMonday, " PT10M ")).isEqualTo(ZonedDateTime.of(2025, 11, 17, 16, 50, 0, 0, HANOI));
  }

  @Test
  void theWorkingDaysAreTheConfiguredOnes() {
    ZonedDateTime dueFriday = ZonedDateTime.of(2025, 11, 21, 9, 30, 0, 0, HANOI);

    assertThat(new ReminderWindow(WorkingCalendarTest.CALENDAR, new DeadlineProperties(5)).reminderAt(dueFriday, null))
        .isEqualTo(ZonedDateTime.of(2025, 11, 14, 9, 30, 0, 0, HANOI));
  }

  @Test
  void aReminderBeforeNoTimerCouldUseCountsAsNone() {
    ZonedDateTime dueMonday = ZonedDateTime.of(2025, 11, 17, 17, 0, 0, 0, HANOI);

    // the start refuses these; set by hand through the API afterwards, they reach the readers
    for (String unusable : new String[] {"hai ngày", "PT0S", "PT30S", "-P1D"}) {
      assertThat(reminders.reminderAt(dueMonday, unusable)).as(unusable).isEqualTo(reminders.reminderAt(dueMonday, null));
    }
  }
}
