package vn.planflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;

/**
 * The engine's authorization manager as {@link AuthorizationAtScalePlugin} replaces it: which of a
 * user's groups take part in authorization checks is decided as the engine decides it (the groups
 * that hold at least one authorization), and the tasks an agency lists do not change.
 */
@PlanflowTest
class AuthorizationAtScaleTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  DataSource dataSource;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    created.forEach(authorizationService::deleteAuthorization);
  }

  @Test
  void keepsExactlyTheGroupsTheEngineWouldKeep() throws Exception {
    runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(ResolutionDrafting.Vars.SURVEY_AGENCIES, "so-y-te"));
    // a group whose only authorization is a revoke, and one with a grant on something else
    created.add(save(Authorization.AUTH_TYPE_REVOKE, "nhom-chi-bi-thu-hoi", Resources.TASK, "*"));
    created.add(save(Authorization.AUTH_TYPE_GRANT, "nhom-xem-bo-loc", Resources.FILTER, "*"));
    Set<String> everyGroupHolding = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION")) {
      while (rows.next()) {
        everyGroupHolding.add(rows.getString(1));
      }
    }
    List<String> asked = List.of("so-y-te", "nhom-khong-co-quyen", "camunda-admin", "so-y-te",
        "nhom-chi-bi-thu-hoi", "nhom-xem-bo-loc", "nhom-khong-ton-tai");

    List<String> kept = configuration().getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizationAtScalePlugin.ScaledAuthorizationManager.class);
      return manager.filterAuthenticatedGroupIds(asked);
    });

    Set<String> engineWouldKeep = new HashSet<>(asked);
    engineWouldKeep.retainAll(everyGroupHolding);
    assertThat(kept).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(engineWouldKeep)
        .contains("so-y-te", "camunda-admin", "nhom-chi-bi-thu-hoi", "nhom-xem-bo-loc")
        .doesNotContain("nhom-khong-co-quyen", "nhom-khong-ton-tai");
  }

  @Test
  void anAgencyListsItsOwnTasksWhateverOtherGroupsItsOfficialIsIn() {
    var plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(ResolutionDrafting.Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong"));
    List<String> own = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroup("so-y-te").list().stream().map(Task::getId).toList();
    assertThat(own).hasSize(1);

    identityService.setAuthentication("so-y-te", List.of("nhom-khong-co-quyen", "so-y-te"));
    List<String> listed = taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskCandidateGroupIn(List.of("nhom-khong-co-quyen", "so-y-te")).list().stream().map(Task::getId).toList();
    long counted = taskService.createTaskQuery().processInstanceId(plan.getId()).count();
    identityService.setAuthentication("nguoi-ngoai", List.of("nhom-khong-co-quyen"));
    long seenByOutsider = taskService.createTaskQuery().processInstanceId(plan.getId()).count();

    assertThat(listed).containsExactlyElementsOf(own);
    assertThat(counted).isEqualTo(1);
    assertThat(seenByOutsider).isZero();
  }

  @Test
  void theUserIndexIsThereBesideTheEnginesOwn() throws Exception {
    try (Connection connection = dataSource.getConnection();
        ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_AUTHORIZATION", false, false)) {
      Set<String> names = new HashSet<>();
      while (indexes.next()) {
        names.add(indexes.getString("INDEX_NAME"));
      }
      assertThat(names).contains(AuthorizationAtScalePlugin.USER_INDEX, "ACT_IDX_AUTH_GROUP_ID");
    }
  }

  private String save(int type, String group, Resources resource, String resourceId) {
    Authorization authorization = authorizationService.createNewAuthorization(type);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(Permissions.READ);
    } else {
      authorization.addPermission(Permissions.READ);
    }
    return authorizationService.saveAuthorization(authorization).getId();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
