package vn.planflow.absence;

import java.util.List;

/** An absence or a move refused, with what to tell the person in Vietnamese; nothing was written. */
class AbsenceRefusedException extends RuntimeException {

  private final List<String> details;

  AbsenceRefusedException(String message) {
    this(message, List.of());
  }

  /** @param details the items the message is about (the tasks that block a move), one line each */
  AbsenceRefusedException(String message, List<String> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  List<String> details() {
    return details;
  }
}
