package vn.planflow.drafting;

import vn.planflow.refusal.InputRefusedException;

/** A plan cannot start with these start variables; the message says why, in Vietnamese. */
class StartRefusedException extends InputRefusedException {

  StartRefusedException(String message) {
    super("Không thể bắt đầu kế hoạch: " + message);
  }
}
