package vn.planflow.agency;

import java.util.List;

/** The person behind a request to our pages: a Camunda user and the agencies they belong to. */
public record Official(String userId, List<String> groupIds) {

  static final String ADMIN_GROUP = "camunda-admin";

  public boolean isAdmin() {
    return groupIds.contains(ADMIN_GROUP);
  }
}
