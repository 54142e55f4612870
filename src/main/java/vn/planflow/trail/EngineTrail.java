package vn.planflow.trail;

import static org.camunda.bpm.engine.history.UserOperationLogEntry.ENTITY_TYPE_ATTACHMENT;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.ENTITY_TYPE_TASK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;
import vn.planflow.time.DueDates;

/**
 * The trail's events from the engine's history (level {@code full}): tasks created and ended
 * ({@code ACT_HI_TASKINST}), and what people did to them, from the user operation log (claims,
 * assignments, delegations, completions, due dates, attachments), with who did it. The log is
 * written for authenticated calls only: a task the engine closes, or one completed by a program
 * without a user, has no entry, and its line says "Hệ thống".
 */
@Component
class EngineTrail {

  static final String COMPLETED = "completed";
  private static final String ASSIGNEE = "assignee";
  private static final String DUE_DATE = "dueDate";
  private static final Pattern UPLOADED_BY = Pattern.compile("tải lên bởi (\\S+)\\s*$");

  /** What the sources found, and whether a source stopped at its cap (older events may exist). */
  record Found(List<TrailEvent> events, boolean capped) {
  }

  private final HistoryService historyService;
  private final TaskService taskService;
  private final DueDates dueDates;

  EngineTrail(HistoryService historyService, TaskService taskService, DueDates dueDates) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.dueDates = dueDates;
  }

  /** Every event of these instances within the window (null bounds: open). */
  Found ofInstances(Collection<String> instanceIds, Date start, Date end) {
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    List<UserOperationLogEntry> entries = new ArrayList<>();
    List<Attachment> attachments = new ArrayList<>();
    for (String instance : instanceIds) {
      tasks.addAll(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list());
      entries.addAll(window(historyService.createUserOperationLogQuery().processInstanceId(instance)
          .entityTypeIn(ENTITY_TYPE_TASK, ENTITY_TYPE_ATTACHMENT), start, end).list());
      attachments.addAll(taskService.getProcessInstanceAttachments(instance));
    }
    return new Found(events(tasks, entries, attachments), false);
  }

  /** The newest events of every process within the window, at most {@code cap} of each source. */
  Found recent(Date start, Date end, int cap) {
    HistoricTaskInstanceQuery started = historyService.createHistoricTaskInstanceQuery();
    HistoricTaskInstanceQuery finished = historyService.createHistoricTaskInstanceQuery().finished();
    if (start != null) {
      started.startedAfter(new Date(start.getTime() - 1));
      finished.finishedAfter(new Date(start.getTime() - 1));
    }
    if (end != null) {
      started.startedBefore(end);
      finished.finishedBefore(end);
    }
    List<HistoricTaskInstance> startedTasks = started.orderByHistoricActivityInstanceStartTime().desc()
        .listPage(0, cap);
    List<HistoricTaskInstance> finishedTasks = finished.orderByHistoricTaskInstanceEndTime().desc().listPage(0, cap);
    List<UserOperationLogEntry> entries = window(historyService.createUserOperationLogQuery()
        .entityTypeIn(ENTITY_TYPE_TASK, ENTITY_TYPE_ATTACHMENT), start, end).orderByTimestamp().desc().listPage(0, cap);
    Map<String, HistoricTaskInstance> tasks = new LinkedHashMap<>();
    startedTasks.forEach(task -> tasks.put(task.getId(), task));
    finishedTasks.forEach(task -> tasks.put(task.getId(), task));
    // the tasks the log names, when neither created nor ended within the window
    entries.stream().map(UserOperationLogEntry::getTaskId).filter(id -> id != null && !tasks.containsKey(id))
        .distinct().forEach(id -> {
          HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult();
          if (task != null) {
            tasks.put(id, task);
          }
        });
    boolean capped = startedTasks.size() >= cap || finishedTasks.size() >= cap || entries.size() >= cap;
    // attachments have no query by time: those of the instances found
    Set<String> instances = new LinkedHashSet<>();
    tasks.values().forEach(task -> instances.add(task.getProcessInstanceId()));
    entries.forEach(entry -> instances.add(entry.getProcessInstanceId()));
    instances.remove(null);
    List<Attachment> attachments = new ArrayList<>();
    instances.forEach(instance -> attachments.addAll(taskService.getProcessInstanceAttachments(instance)));
    return new Found(events(tasks.values(), entries, attachments), capped);
  }

  private static UserOperationLogQuery window(UserOperationLogQuery query, Date start, Date end) {
    if (start != null) {
      query.afterTimestamp(new Date(start.getTime() - 1));
    }
    if (end != null) {
      query.beforeTimestamp(end);
    }
    return query;
  }

  private List<TrailEvent> events(Collection<HistoricTaskInstance> tasks, List<UserOperationLogEntry> entries,
      List<Attachment> attachments) {
    Map<String, HistoricTaskInstance> byId = new HashMap<>();
    tasks.forEach(task -> byId.put(task.getId(), task));
    // one operation may log several properties: group the entries by operation
    Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
    for (UserOperationLogEntry entry : entries) {
      operations.computeIfAbsent(entry.getOperationId() == null ? entry.getId() : entry.getOperationId(),
          id -> new ArrayList<>()).add(entry);
    }
    List<TrailEvent> events = new ArrayList<>();
    Map<String, UserOperationLogEntry> completions = new HashMap<>();
    Map<String, UserOperationLogEntry> added = new HashMap<>();
    long sequence = 0;
    for (List<UserOperationLogEntry> operation : operations.values()) {
      UserOperationLogEntry first = operation.get(0);
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(first.getOperationType())) {
        completions.putIfAbsent(first.getTaskId(), first);
        continue;
      }
      if (UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT.equals(first.getOperationType())) {
        String name = newValue(operation, "name");
        boolean kept = attachments.stream().anyMatch(attachment -> Objects.equals(attachment.getTaskId(),
            first.getTaskId()) && Objects.equals(attachment.getName(), name));
        if (kept) { // listed with the attachment itself, below
          added.putIfAbsent(first.getTaskId() + "/" + name, first);
          continue;
        }
      }
      TrailEvent event = operation(first, operation, sequence++);
      if (event != null) {
        HistoricTaskInstance task = byId.get(first.getTaskId());
        events.add(task == null ? event : event.task(task.getName()));
      }
    }
    for (Attachment attachment : attachments) {
      UserOperationLogEntry entry = added.get(attachment.getTaskId() + "/" + attachment.getName());
      String user = entry != null ? entry.getUserId() : uploader(attachment.getDescription());
      Instant at = attachment.getCreateTime() != null ? attachment.getCreateTime().toInstant()
          : entry != null ? entry.getTimestamp().toInstant() : null;
      if (at == null) {
        continue;
      }
      HistoricTaskInstance task = attachment.getTaskId() == null ? null : byId.get(attachment.getTaskId());
      events.add(new TrailEvent(at, EventKind.DOCUMENT, "Thêm tài liệu", user, attachment.getProcessInstanceId(),
          attachment.getTaskId(), sequence++).task(task == null ? null : task.getName())
          .detail("Tệp: " + attachment.getName()));
    }
    for (HistoricTaskInstance task : tasks) {
      events.add(new TrailEvent(task.getStartTime().toInstant(), EventKind.TASK_CREATED, "Tạo công việc", null,
          task.getProcessInstanceId(), task.getId(), sequence++).task(task.getName())
          .detail(task.getDueDate() == null ? null : "Hạn: " + dueDates.formatMoment(task.getDueDate())));
      if (task.getEndTime() == null) {
        continue;
      }
      if (COMPLETED.equals(task.getDeleteReason())) {
        UserOperationLogEntry completion = completions.get(task.getId());
        TrailEvent done = new TrailEvent(
            completion == null ? task.getEndTime().toInstant() : completion.getTimestamp().toInstant(),
            EventKind.TASK_COMPLETED, "Hoàn thành công việc", completion == null ? null : completion.getUserId(),
            task.getProcessInstanceId(), task.getId(), sequence++).task(task.getName());
        if (completion != null) {
          done.answerOperationId = completion.getOperationId();
          done.taskActivityInstanceId = task.getActivityInstanceId();
        }
        events.add(done);
      } else {
        events.add(new TrailEvent(task.getEndTime().toInstant(), EventKind.TASK_COMPLETED, "Đóng công việc", null,
            task.getProcessInstanceId(), task.getId(), sequence++).task(task.getName())
            .detail("deleted".equals(task.getDeleteReason()) ? "Công việc bị xóa, không có kết quả."
                : "Công việc được đóng tự động khi quy trình đi tiếp hoặc kết thúc, không có kết quả."));
      }
    }
    return events;
  }

  /** A claim, an assignment, a due date, an attachment…; null for operations the trail does not list. */
  private TrailEvent operation(UserOperationLogEntry first, List<UserOperationLogEntry> operation, long sequence) {
    Instant at = first.getTimestamp().toInstant();
    String user = first.getUserId();
    String assignee = newValue(operation, ASSIGNEE);
    String label;
    EventKind kind;
    String detail;
    switch (first.getOperationType()) {
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> {
        kind = EventKind.ASSIGNMENT;
        label = assignee == null ? "Trả lại việc" : "Nhận việc";
        detail = assignee == null ? "Công việc trở về đơn vị, chưa ai nhận." : "Người xử lý: " + assignee;
      }
      case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> {
        kind = EventKind.ASSIGNMENT;
        label = assignee == null ? "Bỏ người xử lý" : "Giao việc cho người xử lý";
        detail = assignee == null ? "Công việc trở về đơn vị, chưa ai nhận." : "Người xử lý: " + assignee;
      }
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> {
        kind = EventKind.ASSIGNMENT;
        label = "Ủy thác xử lý";
        detail = "Người được ủy thác: " + assignee;
      }
      case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> {
        kind = EventKind.ASSIGNMENT;
        label = "Hoàn tất phần được ủy thác";
        detail = assignee == null ? null : "Trả lại cho: " + assignee;
      }
      case UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, UserOperationLogEntry.OPERATION_TYPE_UPDATE -> {
        UserOperationLogEntry due = operation.stream().filter(entry -> DUE_DATE.equals(entry.getProperty()))
            .findFirst().orElse(null);
        if (due == null) {
          return null;
        }
        kind = EventKind.DEADLINE;
        label = "Đổi hạn công việc";
        detail = moment(due.getOrgValue()) + " → " + moment(due.getNewValue());
      }
      case UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT -> {
        kind = EventKind.DOCUMENT;
        label = "Thêm tài liệu";
        detail = "Tệp: " + newValue(operation, "name");
      }
      case UserOperationLogEntry.OPERATION_TYPE_DELETE_ATTACHMENT -> {
        kind = EventKind.DOCUMENT;
        label = "Xóa tài liệu";
        String name = operation.stream().map(UserOperationLogEntry::getOrgValue).filter(value -> value != null)
            .findFirst().orElse(newValue(operation, "name"));
        detail = name == null ? null : "Tệp: " + name;
      }
      default -> {
        return null;
      }
    }
    return new TrailEvent(at, kind, label, user, first.getProcessInstanceId(), first.getTaskId(), sequence)
        .detail(detail);
  }

  /**
   * Who attached a file without a log entry (the documents page attaches on the official's behalf):
   * the description it writes ends with "tải lên bởi &lt;user&gt;".
   */
  private static String uploader(String description) {
    if (description == null) {
      return null;
    }
    Matcher matcher = UPLOADED_BY.matcher(description);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String newValue(List<UserOperationLogEntry> operation, String property) {
    return operation.stream().filter(entry -> property.equals(entry.getProperty()))
        .map(UserOperationLogEntry::getNewValue).filter(value -> value != null).findFirst().orElse(null);
  }

  /** A date property as the log keeps it (milliseconds since the epoch). */
  private String moment(String value) {
    if (value == null || value.isBlank()) {
      return "không có hạn";
    }
    try {
      return dueDates.formatMoment(new Date(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
