package vn.planflow.agency;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

@PlanflowTest
class AgencyGroupsTest {

  @Autowired
  AgencyDirectory directory;
  @Autowired
  AgencyGroups groups;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  @Test
  void loadsEveryAgencyOfTheDirectoryWithTheContractsIdsAndTypes() {
    assertThat(identityService.createGroupQuery().groupType("district").count()).isEqualTo(21);
    assertThat(group("so-tttt").getName()).isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(group("so-tttt").getType()).isEqualTo("department");
    assertThat(group("ubnd-tinh").getType()).isEqualTo("approval-body");
    assertThat(group("tinh-uy").getType()).isEqualTo("approval-body");
    assertThat(group("bch-dang-bo").getType()).isEqualTo("approval-body");
    assertThat(group("bo-tttt").getType()).isEqualTo("external");
    for (String id : new String[] {"so-khcn", "vp-ubnd", "so-tai-chinh", "so-noi-vu"}) {
      assertThat(group(id).getType()).as(id).isEqualTo("department");
    }
    assertThat(directory.all()).allSatisfy(agency -> {
      assertThat(agency.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(agency.email()).contains("@");
    });
  }

  @Test
  void everyAgencyThatReceivesTasksHasAMemberWithAnEmailAddress() {
    for (Agency agency : directory.all()) {
      if (agency.type().receivesTasks()) {
        assertThat(identityService.createUserQuery().memberOfGroup(agency.id()).list())
            .as(agency.id()).anySatisfy(user -> assertThat(user.getEmail()).contains("@"));
      }
    }
    assertThat(identityService.checkPassword("so-y-te", "demo")).isTrue();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
  }

  @Test
  void aSecondLoadChangesNothing() {
    long groupCount = identityService.createGroupQuery().count();
    long authorizationCount = authorizationService.createAuthorizationQuery().count();

    groups.synchronize();

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groupCount);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizationCount);
  }

  @Test
  void anEditedDirectoryUpdatesNamesAndAddsAgencies() {
    String edited = "id;type;name;aliases;email\n"
        + "so-tttt;department;Sở Thông tin và Truyền thông tỉnh Nghệ An;Sở TT&TT;so-tttt@nghean.gov.vn\n"
        + "ubnd-xa-nghi-loc;commune;Ủy ban nhân dân xã Nghi Lộc;UBND xã Nghi Lộc;ubnd-xa-nghi-loc@nghean.gov.vn\n";
    var properties = new AgencyProperties(new ByteArrayResource(edited.getBytes(StandardCharsets.UTF_8)));

    new AgencyGroups(AgencyDirectory.of(properties.location()), identityService, authorizationService).synchronize();

    assertThat(group("so-tttt").getName()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Nghệ An");
    assertThat(group("ubnd-xa-nghi-loc").getType()).isEqualTo("commune");
    assertThat(group("so-y-te")).as("an agency left out of the file keeps its group and history").isNotNull();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("ubnd-xa-nghi-loc")
        .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS).count())
        .isEqualTo(1);
  }

  /** The edited directory renamed groups other tests read: load the real one again. */
  @AfterEach
  void restoreDirectory() {
    groups.synchronize();
  }

  private Group group(String id) {
    return identityService.createGroupQuery().groupId(id).singleResult();
  }
}
