package vn.planflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Camunda Admin's first-administrator setup answers a browser on the server itself, nobody else. */
class FirstAdminSetupTest {

  @Test
  void onlyABrowserOnTheServerItselfMayCreateTheFirstAdministrator() {
    assertThat(allowed("127.0.0.1")).isTrue();
    assertThat(allowed("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(allowed("10.20.30.40")).isFalse();
    assertThat(allowed("203.0.113.7")).isFalse();
  }

  private static boolean allowed(String remoteAddress) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/setup/default/user/create");
    request.setRemoteAddr(remoteAddress);
    return WebSecurity.FROM_THIS_MACHINE.check(() -> null, new RequestAuthorizationContext(request)).isGranted();
  }
}
