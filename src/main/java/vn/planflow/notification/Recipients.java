package vn.planflow.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.planflow.engine.EngineIdentity;

/**
 * Who receives a notice: every member of its agencies (Camunda groups) and the task's assignee,
 * each address once. Read without authorization checks: the listener that asks may run on behalf
 * of a user who may not list the other agency's members.
 */
@Component
class Recipients {

  private final IdentityService identityService;

  Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  List<String> of(TaskNotice notice) {
    return EngineIdentity.withoutAuthorization(() -> addresses(notice));
  }

  private List<String> addresses(TaskNotice notice) {
    List<User> users = new ArrayList<>();
    for (String group : notice.recipientGroupIds()) {
      users.addAll(identityService.createUserQuery().memberOfGroup(group).list());
    }
    if (notice.assignee() != null && !notice.assignee().isBlank()) {
      users.addAll(identityService.createUserQuery().userId(notice.assignee()).list());
    }
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    for (User user : users) {
      String email = user.getEmail() == null ? "" : user.getEmail().trim();
      if (!email.isEmpty()) {
        byLowerCase.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
      }
    }
    return List.copyOf(byLowerCase.values());
  }
}
