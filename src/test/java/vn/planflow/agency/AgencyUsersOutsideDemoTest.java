package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Outside the demo profile: agencies still have a member with an e-mail, but nobody has a default password. */
// One of the two other contexts: no demo profile.
@SpringBootTest
@ActiveProfiles("test")
class AgencyUsersOutsideDemoTest {

  @Autowired
  IdentityService identityService;

  @Test
  void everyAgencyHasAMemberWithItsEmailAndNoUserHasADefaultPassword() {
    assertThat(identityService.createUserQuery().userId("so-y-te").memberOfGroup("so-y-te").singleResult().getEmail())
        .isEqualTo("so-y-te@nghean.gov.vn");
    assertThat(identityService.checkPassword("so-y-te", "demo")).isFalse();
    assertThat(identityService.checkPassword("so-y-te", "")).isFalse();
    assertThat(identityService.createUserQuery().userId("admin").count()).isZero();
  }
}
