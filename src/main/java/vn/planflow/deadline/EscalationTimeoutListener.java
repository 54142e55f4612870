package vn.planflow.deadline;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Component;
import vn.planflow.notification.NoticeKind;
import vn.planflow.names.ProcessNames;
import vn.planflow.notification.Notifications;

/**
 * The escalation timeout listener of every user task ({@code Listener_…Escalation}, timer cycle
 * {@code ${deadlines.overdueCycle(execution, due)}}): a "Quá hạn" mail to the task's agency and
 * the lead agency at the due moment and every {@code overdueRepeat} after, until the task is done
 * (completing the task deletes its timer). Escalations repeat in working days: none on a weekend or
 * a holiday, and with an {@code overdueRepeat} of n whole days, one every n working days. Each mail
 * is keyed by its slot, so a retried or late-running job sends the slot's mail once.
 */
@Component("escalationTimeoutListener")
class EscalationTimeoutListener implements TaskListener {

  private final Deadlines deadlines;
  private final TaskNotices notices;
  private final Notifications notifications;

  EscalationTimeoutListener(Deadlines deadlines, TaskNotices notices, Notifications notifications) {
    this.deadlines = deadlines;
    this.notices = notices;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    Instant now = EngineClock.now().toInstant();
    Object overdueAtImport = task.getVariable(ProcessNames.Vars.OVERDUE_AT_IMPORT);
    if (overdueAtImport != null && overdueAtImport.toString().equals(deadlines.day(now).toString())) {
      return; // its agency was sent one notice for all its overdue tasks at the plan's import today
    }
    if (!deadlines.escalatesAt(task, task.getDueDate(), now)) {
      return; // a day off, or a working day between two repeats of several days
    }
    Instant slot = deadlines.escalationSlot(task, task.getDueDate(), now);
    notifications.enqueue(notices.describe(task, NoticeKind.ESCALATION, slot,
        deadlines.workingDaysLate(task.getDueDate(), now)));
  }
}
