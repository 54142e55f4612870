package vn.planflow.web;

import java.util.List;
import vn.planflow.names.ProcessNames;

/** The person behind a request: a Camunda user and the groups (agencies) they belong to. */
public record Official(String userId, List<String> groupIds) {

  public Official {
    groupIds = List.copyOf(groupIds);
  }

  public boolean isAdmin() {
    return groupIds.contains(ProcessNames.Agencies.ADMINS);
  }
}
