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
 * of a user who may not list the other agency's members. Officials who chose the daily digest
 * ({@link MailPreferences}) are left out of reminders and escalations: the digest lists them.
 */
@Component
class Recipients {

  private final IdentityService identityService;
  private final MailPreferences preferences;

  Recipients(IdentityService identityService, MailPreferences preferences) {
    this.identityService = identityService;
    this.preferences = preferences;
  }

  List<String> of(TaskNotice notice) {
    return EngineIdentity.withoutAuthorization(() -> addresses(notice, true));
  }

  /**
   * Whether {@code notice} has nobody to go to only because everyone it would reach chose the
   * digest (asked when {@link #of} found nobody, to tell that from an undeliverable notice).
   */
  boolean allDigested(TaskNotice notice) {
    return isDigested(notice.kind()) && !EngineIdentity.withoutAuthorization(() -> addresses(notice, false)).isEmpty();
  }

  private static boolean isDigested(NoticeKind kind) {
    return kind == NoticeKind.REMINDER || kind == NoticeKind.ESCALATION;
  }

  private List<String> addresses(TaskNotice notice, boolean leaveOutDigestUsers) {
    List<User> users = new ArrayList<>();
    for (String group : notice.recipientGroupIds()) {
      users.addAll(identityService.createUserQuery().memberOfGroup(group).list());
    }
    if (notice.assignee() != null && !notice.assignee().isBlank()) {
      users.addAll(identityService.createUserQuery().userId(notice.assignee()).list());
    }
    if (leaveOutDigestUsers && isDigested(notice.kind())) {
      users.removeIf(user -> preferences.digests(user.getId()));
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
