package vn.planflow.document;

import java.util.List;

/** The person behind a request to our pages: a Camunda user and the agencies they belong to. */
record Official(String userId, List<String> groupIds) {

  static final String ADMIN_GROUP = "camunda-admin";

  boolean isAdmin() {
    return groupIds.contains(ADMIN_GROUP);
  }
}
