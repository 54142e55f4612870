package vn.planflow.web;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials checked against the engine's users (the same accounts as the Camunda
 * webapps); the authorities are the user's groups, so {@code camunda-admin} marks an administrator.
 */
@Component
class EngineUsers implements AuthenticationProvider {

  private final IdentityService identityService;

  EngineUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || userId.isBlank() || password == null
        || !identityService.checkPassword(userId, password.toString())) {
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu.");
    }
    return authenticated(new Official(userId, groupsOf(userId)));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** The Spring Security authentication of an official: principal the official, authorities its groups. */
  static Authentication authenticated(Official official) {
    return UsernamePasswordAuthenticationToken.authenticated(official, null,
        official.groupIds().stream().map(SimpleGrantedAuthority::new).toList());
  }
}
