package vn.planflow.trail;

import java.time.Instant;

/**
 * One line of the trail: when, what, who. The engine's events name their task and instance; their
 * agency, task name, plan title and the completion's answer are filled in afterwards, for the lines
 * shown only ({@link Trail}).
 */
final class TrailEvent {

  final Instant at;
  final EventKind kind;
  /** The specific event in Vietnamese ("Nhận việc", "Gia hạn nhiệm vụ"…). */
  final String label;
  /** Who did it; null when the engine did (shown as "Hệ thống"). */
  final String userId;
  final String processInstanceId;
  final String taskId;
  /** Orders events of the same moment: the order they were recorded in. */
  final long sequence;

  String planId;
  String planTitle;
  String taskName;
  String agencyId;
  String agencyName;
  String userName;
  String detail;
  /** A completion by a person: the user operation whose variable updates are the answer. */
  String answerOperationId;
  /** A completion: the task's activity instance, to which the answer's updates belong. */
  String taskActivityInstanceId;

  TrailEvent(Instant at, EventKind kind, String label, String userId, String processInstanceId, String taskId,
      long sequence) {
    this.at = at;
    this.kind = kind;
    this.label = label;
    this.userId = userId == null || userId.isBlank() ? null : userId;
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.sequence = sequence;
  }

  TrailEvent detail(String detail) {
    this.detail = detail;
    return this;
  }

  TrailEvent agency(String id, String name) {
    this.agencyId = id;
    this.agencyName = name;
    return this;
  }

  TrailEvent task(String name) {
    this.taskName = name;
    return this;
  }

  TrailEvent plan(String id) {
    this.planId = id;
    return this;
  }

  // accessors for the page's template

  public Instant at() {
    return at;
  }

  public EventKind kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public String userId() {
    return userId;
  }

  public String userName() {
    return userName;
  }

  public String agencyName() {
    return agencyName;
  }

  public String planId() {
    return planId;
  }

  public String planTitle() {
    return planTitle;
  }

  public String taskName() {
    return taskName;
  }

  public String detail() {
    return detail;
  }
}
