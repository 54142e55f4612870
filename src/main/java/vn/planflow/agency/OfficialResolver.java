package vn.planflow.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Finds who is asking: the user logged into the Camunda webapps in this browser session (so a
 * link from a Tasklist form just works), or else HTTP Basic credentials checked by the engine.
 */
@Component
public class OfficialResolver {

  private static final String ENGINE = "default";

  private final IdentityService identityService;

  OfficialResolver(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Official> resolve(HttpServletRequest request) {
    return fromWebappSession(request.getSession(false)).or(() -> fromBasicAuth(request));
  }
  /**
   * The caller of our API: {@code /api/**} is behind the engine's HTTP Basic filter, which makes
   * the caller the engine's current authentication for the request.
   */
  public Optional<Official> ofApiCall() {
    org.camunda.bpm.engine.impl.identity.Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    return Optional.of(new Official(authentication.getUserId(), groups));
  }


  private static Optional<Official> fromWebappSession(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication user) {
      return Optional.of(new Official(user.getIdentityId(), List.copyOf(user.getGroupIds())));
    }
    return Optional.empty();
  }

  private Optional<Official> fromBasicAuth(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    return Optional.of(new Official(userId, groups));
  }
}
