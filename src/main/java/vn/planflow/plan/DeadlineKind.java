package vn.planflow.plan;

import java.util.Arrays;

/** The shapes of a plan task's deadline; {@link #id()} is the {@code deadlineKind} variable. */
public enum DeadlineKind {
  /** One date: reminded and escalated like a drafting task. */
  FIXED("fixed"),
  /** A start and an end date: reminded and escalated against the end. */
  WINDOW("window"),
  /** No end date: the task only reports progress. */
  CONTINUOUS("continuous"),
  /** No date until an outside event sets one (message {@code DeadlineSet}). */
  EVENT("event");

  private final String id;

  DeadlineKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static DeadlineKind fromId(String id) {
    return Arrays.stream(values())
        .filter(kind -> kind.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown deadline kind: " + id));
  }
}
