package vn.planflow.refusal;

import vn.planflow.engine.FormRefusal;

/**
 * Input that a person or script gave and the engine refuses (a start without a known agency, a
 * completion without its required answer). Thrown from listeners, it rolls the whole command
 * back; the REST API answers it with 400 and this message, which is written for people, in
 * Vietnamese. It is a form validation failure to the engine, so that the REST API the Camunda
 * webapps use answers it with 400 too.
 */
public class InputRefusedException extends FormRefusal {

  public InputRefusedException(String message) {
    super(message);
  }

  /** The refusal behind {@code error}, however deep the engine wrapped it, or null. */
  static InputRefusedException find(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputRefusedException refused) {
        return refused;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
