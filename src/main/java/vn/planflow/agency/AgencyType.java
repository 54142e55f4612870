package vn.planflow.agency;

import java.util.Arrays;

/** The {@code type} attribute of an agency's Camunda group (contract: Identity). */
public enum AgencyType {
  DEPARTMENT("department"),
  DISTRICT("district"),
  COMMUNE("commune"),
  APPROVAL_BODY("approval-body"),
  EXTERNAL("external");

  private final String id;

  AgencyType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Agencies of this type log in and receive tasks; the Ministry is written to, not logged into. */
  public boolean receivesTasks() {
    return this != EXTERNAL;
  }

  public static AgencyType fromId(String id) {
    return Arrays.stream(values())
        .filter(type -> type.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown agency type: " + id));
  }
}
