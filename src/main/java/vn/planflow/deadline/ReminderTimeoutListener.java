package vn.planflow.deadline;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.FiringTimer;
import org.springframework.stereotype.Component;
import vn.planflow.notification.NoticeKind;
import vn.planflow.notification.Notifications;

/**
 * The reminder timeout listener of every user task ({@code Listener_…Reminder}, timer
 * {@code ${deadlines.reminderAt(execution, due)}}): one "Nhắc hạn" mail to the task's agency.
 * A task created after its reminder moment but before its due date is reminded at once; one
 * created already overdue is left to the escalations.
 */
@Component("reminderTimeoutListener")
class ReminderTimeoutListener implements TaskListener {

  private final Deadlines deadlines;
  private final TaskNotices notices;
  private final Notifications notifications;

  ReminderTimeoutListener(Deadlines deadlines, TaskNotices notices, Notifications notifications) {
    this.deadlines = deadlines;
    this.notices = notices;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant now = EngineClock.now().toInstant();
    if (task.getDueDate() == null || !now.isBefore(task.getDueDate().toInstant())) {
      return;
    }
    // the moment its timer was due; worked out again only when the listener runs outside its timer
    Instant moment = FiringTimer.dueOn(task.getExecutionId())
        .orElseGet(() -> deadlines.reminderAt(task, task.getDueDate())).toInstant();
    notifications.enqueue(notices.describe(task, NoticeKind.REMINDER, moment,
        deadlines.workingDaysLeft(task.getDueDate(), now)));
  }
}
