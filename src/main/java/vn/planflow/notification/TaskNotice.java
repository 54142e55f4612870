package vn.planflow.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One deadline mail of one task at one moment; {@code (taskId, kind, moment)} identifies it, so
 * the same notice enqueued twice is sent once.
 *
 * @param kind reminder or escalation
 * @param taskId the Camunda task
 * @param taskName the task's name (Vietnamese)
 * @param taskDescription what the task asks of the agency (the model's documentation), may be empty
 * @param processInstanceId the plan's process instance
 * @param planTitle the plan's title
 * @param agencyId the agency the task is for
 * @param agencyName its full name
 * @param due the task's due date
 * @param moment the scheduled moment of this notice (the reminder time, or this escalation's slot)
 * @param workingDays working days left until the due date (reminder) or late since it (escalation)
 * @param recipientGroupIds agencies whose members receive the mail (the task's agency; for an
 *     escalation also the lead agency)
 * @param assignee the user who claimed the task, or null
 */
public record TaskNotice(
    NoticeKind kind,
    String taskId,
    String taskName,
    String taskDescription,
    String processInstanceId,
    String planTitle,
    String agencyId,
    String agencyName,
    Date due,
    Instant moment,
    int workingDays,
    List<String> recipientGroupIds,
    String assignee) {

  public TaskNotice {
    recipientGroupIds = List.copyOf(recipientGroupIds);
  }
}
