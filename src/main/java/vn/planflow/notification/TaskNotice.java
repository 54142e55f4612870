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
 * @param documentsPath the plan's documents page ({@code /tai-lieu/…}) a {@link NoticeKind#NOTICE}
 *     links, or null
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
    String assignee,
    String documentsPath) {

  public TaskNotice {
    recipientGroupIds = List.copyOf(recipientGroupIds);
  }

  /** A deadline notice, which links its task only. */
  public TaskNotice(NoticeKind kind, String taskId, String taskName, String taskDescription, String processInstanceId,
      String planTitle, String agencyId, String agencyName, Date due, Instant moment, int workingDays,
      List<String> recipientGroupIds, String assignee) {
    this(kind, taskId, taskName, taskDescription, processInstanceId, planTitle, agencyId, agencyName, due, moment,
        workingDays, recipientGroupIds, assignee, null);
  }

  /**
   * A {@link NoticeKind#NOTICE} to the members of {@code agencyId}: {@code message} about {@code
   * taskId}'s work in the plan, linking the plan's documents page, and the task in Tasklist when
   * {@code due} is given (the recipient's own open task).
   */
  public static TaskNotice notice(String taskId, String taskName, String message, String processInstanceId,
      String planTitle, String agencyId, String agencyName, Date due, Instant moment, String documentsPath) {
    return new TaskNotice(NoticeKind.NOTICE, taskId, taskName, message, processInstanceId, planTitle, agencyId,
        agencyName, due, moment, 0, List.of(agencyId), null, documentsPath);
  }
}
