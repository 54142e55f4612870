package vn.planflow.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.planflow.absence.StandIns;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.EngineIdentity;

/**
 * Who receives a notice: every member of its agencies (Camunda groups) and the task's assignee,
 * and the stand-in of any of them away on the notice's day ({@link StandIns}), each address once.
 * Read without authorization checks: the listener that asks may run on behalf of a user who may
 * not list the other agency's members. Officials who chose the daily digest ({@link
 * MailPreferences}) are left out of reminders and escalations, stand-ins included: the digest
 * lists their agencies' tasks, which are the absent colleague's too.
 */
@Component
class Recipients {

  private final IdentityService identityService;
  private final StandIns standIns;
  private final MailPreferences preferences;

  Recipients(IdentityService identityService, StandIns standIns, MailPreferences preferences) {
    this.identityService = identityService;
    this.standIns = standIns;
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
    users.addAll(standInsOf(users, notice));
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

  /** The stand-ins (ủy quyền) of those of {@code users} away on the notice's day: they get the mail too. */
  private List<User> standInsOf(List<User> users, TaskNotice notice) {
    Instant moment = notice.moment() == null ? EngineClock.instant() : notice.moment();
    Map<String, String> away = standIns.standInsOf(users.stream().map(User::getId).toList(), standIns.dayOf(moment));
    if (away.isEmpty()) {
      return List.of();
    }
    return identityService.createUserQuery().userIdIn(away.values().toArray(String[]::new)).list();
  }
}
