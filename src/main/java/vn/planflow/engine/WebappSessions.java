package vn.planflow.engine;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user logged into the Camunda webapps (Tasklist, Cockpit, Admin) in a browser session. */
public final class WebappSessions {

  private static final String ENGINE = "default";

  private WebappSessions() {
  }

  public static Optional<EngineIdentity.CurrentUser> user(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication user) {
      return Optional.of(new EngineIdentity.CurrentUser(user.getIdentityId(), List.copyOf(user.getGroupIds())));
    }
    return Optional.empty();
  }
}
