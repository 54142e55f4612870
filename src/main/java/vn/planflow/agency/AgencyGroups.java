package vn.planflow.agency;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the agency directory into Camunda groups at start-up, idempotently: a second start
 * changes nothing, an edited file updates names and types and adds agencies. Groups are never
 * deleted here: an agency that leaves the file keeps its history.
 */
@Component
class AgencyGroups {

  /** Runs before the demo users and the Tasklist filter, which rely on the groups. */
  static final int ORDER = 10;

  private static final Logger LOG = LoggerFactory.getLogger(AgencyGroups.class);

  private final AgencyDirectory directory;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  AgencyGroups(AgencyDirectory directory, IdentityService identityService,
      AuthorizationService authorizationService) {
    this.directory = directory;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Order(ORDER)
  @EventListener(ApplicationReadyEvent.class)
  public void synchronize() {
    int created = 0;
    int updated = 0;
    for (Agency agency : directory.all()) {
      Group group = identityService.createGroupQuery().groupId(agency.id()).singleResult();
      if (group == null) {
        group = identityService.newGroup(agency.id());
        created++;
      } else if (Objects.equals(group.getName(), agency.name())
          && Objects.equals(group.getType(), agency.type().id())) {
        grantTaskWork(agency);
        continue;
      } else {
        updated++;
      }
      group.setName(agency.name());
      group.setType(agency.type().id());
      identityService.saveGroup(group);
      grantTaskWork(agency);
    }
    LOG.info("Agency directory: {} agencies, {} groups created, {} updated", directory.all().size(),
        created, updated);
  }

  /**
   * An agency that receives tasks may open Tasklist and read process definitions (to draw the
   * diagram of its task); which tasks it sees is decided per task by its candidate group.
   */
  private void grantTaskWork(Agency agency) {
    if (!agency.type().receivesTasks()) {
      return;
    }
    grant(agency.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(agency.id(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    boolean present = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .hasPermission(permission)
        .count() > 0;
    if (present) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
