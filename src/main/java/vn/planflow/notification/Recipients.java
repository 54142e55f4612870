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
 * not list the other agency's members.
 */
@Component
class Recipients {

  private final IdentityService identityService;
  private final StandIns standIns;

  Recipients(IdentityService identityService, StandIns standIns) {
    this.identityService = identityService;
    this.standIns = standIns;
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
    users.addAll(standInsOf(users, notice));
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
