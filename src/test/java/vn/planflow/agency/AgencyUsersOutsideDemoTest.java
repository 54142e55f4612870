package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import vn.planflow.engine.EngineIdentity;

/**
 * Outside the demo profile: agencies still have a member with an e-mail, but nobody has a known
 * password, not even in a database that once ran as the demo.
 */
// A context of its own (no demo profile): its engine takes its own name, so that the REST API
// of the shared context, which finds its engine by the name "default", stays on that one.
@SpringBootTest(properties = "camunda.bpm.process-engine-name=outsideDemo")
@ActiveProfiles("test")
class AgencyUsersOutsideDemoTest {

  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;
  @Autowired
  AgencyUsers agencyUsers;
  @Autowired
  Environment environment;

  @Test
  void everyAgencyHasAMemberWithItsEmailAndNoUserHasADefaultPassword() {
    assertThat(environment.getDefaultProfiles()).as("no profile unless asked for").containsExactly("default");
    assertThat(identityService.createUserQuery().userId("so-y-te").memberOfGroup("so-y-te").singleResult().getEmail())
        .isEqualTo("so-y-te@nghean.gov.vn");
    assertThat(identityService.checkPassword("so-y-te", "demo")).isFalse();
    assertThat(identityService.checkPassword("so-y-te", "")).isFalse();
    assertThat(identityService.createUserQuery().userId("admin").count()).isZero();
  }

  @Test
  void aDatabaseOnceRunAsTheDemoKeepsNoDemoPassword() {
    User official = identityService.newUser("can-bo-cu");
    official.setPassword("demo");
    identityService.saveUser(official);
    User admin = identityService.newUser("admin");
    admin.setPassword("admin");
    identityService.saveUser(admin);

    agencyUsers.forgetDemoPasswords();

    assertThat(EngineIdentity.hasPassword(engine, "can-bo-cu", "demo")).isFalse();
    assertThat(EngineIdentity.hasPassword(engine, "admin", "admin")).isFalse();
    identityService.deleteUser("can-bo-cu");
    identityService.deleteUser("admin");
  }

  @Test
  void lookingForDemoPasswordsLocksNobodyOut() {
    User official = identityService.newUser("can-bo-moi");
    official.setPassword("mat-khau-that");
    identityService.saveUser(official);

    for (int i = 0; i < 15; i++) {
      agencyUsers.forgetDemoPasswords();
    }

    assertThat(identityService.checkPassword("can-bo-moi", "mat-khau-that")).isTrue();
    identityService.deleteUser("can-bo-moi");
  }
}
