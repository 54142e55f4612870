package vn.planflow.agency;

import vn.planflow.refusal.InputRefusedException;

/**
 * An agency change that is not recorded, with the reason in Vietnamese; nothing was changed.
 * {@code conflict} when the request is well formed but the state forbids it now (a suspended task
 * of the agency, another administrator recording the same change at the same moment).
 */
public class AgencyChangeRefusedException extends InputRefusedException {

  private final boolean conflict;

  AgencyChangeRefusedException(String message) {
    this(message, false);
  }

  AgencyChangeRefusedException(String message, boolean conflict) {
    super(message);
    this.conflict = conflict;
  }

  public boolean isConflict() {
    return conflict;
  }
}
