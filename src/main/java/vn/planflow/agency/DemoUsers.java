package vn.planflow.agency;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one official per agency that receives tasks, with the agency's id as login,
 * the agency's contact e-mail and the demo password. Existing users are left as they are.
 */
@Component
@ConditionalOnProperty(name = "planflow.demo.enabled", havingValue = "true")
class DemoUsers {

  private final AgencyDirectory directory;
  private final IdentityService identityService;
  private final String password;

  DemoUsers(AgencyDirectory directory, IdentityService identityService,
      @Value("${planflow.demo.password}") String password) {
    this.directory = directory;
    this.identityService = identityService;
    this.password = password;
  }

  @Order(AgencyGroups.ORDER + 1)
  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    for (Agency agency : directory.all()) {
      if (!agency.type().receivesTasks()) {
        continue;
      }
      if (identityService.createUserQuery().userId(agency.id()).count() == 0) {
        User user = identityService.newUser(agency.id());
        user.setFirstName("Cán bộ");
        user.setLastName(agency.shortName());
        user.setEmail(agency.email());
        user.setPassword(password);
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(agency.id()).memberOfGroup(agency.id()).count() == 0) {
        identityService.createMembership(agency.id(), agency.id());
      }
    }
  }
}
