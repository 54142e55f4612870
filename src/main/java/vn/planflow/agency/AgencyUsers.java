package vn.planflow.agency;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;

/**
 * Every agency that receives tasks gets a member with its contact e-mail, so that its deadline
 * mail always reaches someone: the user whose login is the agency's id. In the demo profile that
 * user's password is the demo password; elsewhere it gets a random one that nobody is told (no
 * default password, as the contract asks: an administrator sets a real one in Camunda Admin; the
 * engine cannot check a user without any password). Existing users are left as they are.
 */
@Component
class AgencyUsers {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The passwords the demo profile gives (README), which no other run may leave usable. */
  static final List<String> DEMO_PASSWORDS = List.of("demo", "admin");

  static final String LEADERS = ProcessNames.Agencies.LEADERS;
  /** The leaders' group type: not one of the agencies' types, so it is never taken for an agency. */
  static final String LEADERS_TYPE = "leaders";
  /** The demo's leader (password: the demo password). */
  static final String DEMO_LEADER = "lanh-dao";

  /**
   * The demo's second officials, so that a stand-in (ủy quyền) can be tried: user id, agency,
   * first and last name. Not in {@code so-tttt}, whose mails the notification tests count.
   */
  static final List<List<String>> DEMO_COLLEAGUES = List.of(
      List.of("tran-thi-mai", ProcessNames.Agencies.SO_KHCN, "Trần Thị", "Mai"),
      List.of("le-van-hung", ProcessNames.Agencies.VP_UBND, "Lê Văn", "Hùng"),
      List.of("nguyen-thi-lan", ProcessNames.Agencies.SO_TAI_CHINH, "Nguyễn Thị", "Lan"));

  private static final Logger LOG = LoggerFactory.getLogger(AgencyUsers.class);

  private final AgencyDirectory directory;
  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final String demoPassword;

  AgencyUsers(AgencyDirectory directory, ProcessEngine engine,
      @Value("${planflow.demo.enabled:false}") boolean demo, @Value("${planflow.demo.password:}") String password) {
    this.directory = directory;
    this.engine = engine;
    this.identityService = engine.getIdentityService();
    this.demoPassword = demo && !password.isBlank() ? password : null;
  }

  private static String unknownPassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
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
        user.setPassword(demoPassword != null ? demoPassword : unknownPassword());
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(agency.id()).memberOfGroup(agency.id()).count() == 0) {
        identityService.createMembership(agency.id(), agency.id());
      }
    }
    leaders();
    colleagues();
    if (demoPassword == null) {
      forgetDemoPasswords();
    }
  }

  /**
   * The province's leaders' group, read-only readers of the dashboards, exists in every run; the
   * demo gives it one member, {@code lanh-dao}. Elsewhere an administrator adds the leaders in
   * Camunda Admin.
   */
  private void leaders() {
    if (identityService.createGroupQuery().groupId(LEADERS).count() == 0) {
      Group group = identityService.newGroup(LEADERS);
      group.setName("Lãnh đạo tỉnh");
      group.setType(LEADERS_TYPE);
      identityService.saveGroup(group);
    }
    if (demoPassword == null) {
      return;
    }
    if (identityService.createUserQuery().userId(DEMO_LEADER).count() == 0) {
      User user = identityService.newUser(DEMO_LEADER);
      user.setFirstName("Lãnh đạo");
      user.setLastName("UBND tỉnh");
      user.setEmail(DEMO_LEADER + "@nghean.gov.vn");
      user.setPassword(demoPassword);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(DEMO_LEADER).memberOfGroup(LEADERS).count() == 0) {
      identityService.createMembership(DEMO_LEADER, LEADERS);
    }
  }

  /** In the demo only: a second official in a few agencies ({@link #DEMO_COLLEAGUES}). */
  private void colleagues() {
    if (demoPassword == null) {
      return;
    }
    for (List<String> colleague : DEMO_COLLEAGUES) {
      String userId = colleague.get(0);
      String agency = colleague.get(1);
      if (directory.find(agency).isEmpty()) {
        continue;
      }
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName(colleague.get(2));
        user.setLastName(colleague.get(3));
        user.setEmail(userId + "@nghean.gov.vn");
        user.setPassword(demoPassword);
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(userId).memberOfGroup(agency).count() == 0) {
        identityService.createMembership(userId, agency);
      }
    }
  }

  /**
   * A database once run as the demo keeps its users: outside the demo, whoever still has a
   * password the demo hands out (an agency's official, {@code admin}) gets an unknown one instead,
   * for an administrator to set a real one.
   */
  void forgetDemoPasswords() {
    for (User user : identityService.createUserQuery().list()) {
      if (DEMO_PASSWORDS.stream().anyMatch(known -> EngineIdentity.hasPassword(engine, user.getId(), known))) {
        user.setPassword(unknownPassword());
        identityService.saveUser(user);
        LOG.warn("User {} had a demo password; it now has an unknown one until an administrator sets one",
            user.getId());
      }
    }
  }
}
