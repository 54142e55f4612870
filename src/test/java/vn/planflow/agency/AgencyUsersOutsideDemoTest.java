package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Outside the demo profile: agencies still have a member with an e-mail, but nobody has a default password. */
// A context of its own (no demo profile): its engine takes its own name, so that the REST API
// of the shared context, which finds its engine by the name "default", stays on that one.
@SpringBootTest(properties = "camunda.bpm.process-engine-name=outsideDemo")
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
