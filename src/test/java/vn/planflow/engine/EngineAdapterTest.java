package vn.planflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.refusal.InputRefusedException;

/**
 * The one seam to Camunda's internals, exercised on the engine version in the pom: when an
 * upgrade (or a move to Operaton) changes an internal, this test says which seam broke.
 */
@PlanflowTest
class EngineAdapterTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identityService;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void theClockIsTheEnginesClock() {
    Date moment = new Date(1_700_000_000_000L);
    ClockUtil.setCurrentTime(moment);

    assertThat(EngineClock.now()).isEqualTo(moment);
    assertThat(EngineClock.instant()).isEqualTo(moment.toInstant());
  }

  @Test
  void knowsWhoTheEngineWorksForAndCanWorkRegardless() {
    assertThat(EngineIdentity.current(identityService)).isEmpty();
    identityService.setAuthentication("so-y-te", List.of("so-y-te"));
    assertThat(EngineIdentity.current(identityService))
        .contains(new EngineIdentity.CurrentUser("so-y-te", List.of("so-y-te")));

    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<Boolean> checks = configuration.getCommandExecutorTxRequired().execute(context -> List.of(
        context.isAuthorizationCheckEnabled(),
        EngineIdentity.withoutAuthorization(context::isAuthorizationCheckEnabled)));
    assertThat(checks).containsExactly(true, false);
    assertThat(EngineIdentity.withoutAuthorization(() -> "outside a command")).isEqualTo("outside a command");
  }

  @Test
  void readsTheWebappsLoginFromTheBrowserSession() {
    MockHttpSession session = new MockHttpSession();
    assertThat(WebappSessions.user(session)).isEmpty();
    assertThat(WebappSessions.user(null)).isEmpty();

    UserAuthentication login = new UserAuthentication("so-y-te", "default");
    login.setGroupIds(List.of("so-y-te"));
    Authentications authentications = new Authentications();
    authentications.addOrReplace(login);
    AuthenticationUtil.updateSession(session, authentications); // as the webapps' login does

    assertThat(WebappSessions.user(session))
        .contains(new EngineIdentity.CurrentUser("so-y-te", List.of("so-y-te")));
  }

  @Test
  void aRefusalReachesTheCallerAsWrittenAndTheProcessStaysWhereItWas() {
    ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(ResolutionDrafting.Vars.SURVEY_AGENCIES, "so-y-te"));
    String task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT).singleResult().getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of()))
        .isExactlyInstanceOf(InputRefusedException.class)
        .isInstanceOf(FormRefusal.class)
        .hasMessageStartingWith("Vui lòng nhập tóm tắt báo cáo khảo sát");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void everyUserTaskGetsTheHooksCandidateGroupsAndTheDeadlineListeners() {
    ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(ResolutionDrafting.Vars.SURVEY_AGENCIES, "so-y-te"));
    String task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT).singleResult().getId();

    assertThat(engine.getTaskService().getIdentityLinksForTask(task)).extracting(link -> link.getGroupId())
        .containsExactly("so-y-te");
    Set<String> listeners = Set.copyOf(engine.getManagementService().createJobQuery().processInstanceId(plan.getId())
        .timers().list().stream().map(job -> job.getJobDefinitionId()).toList());
    assertThat(engine.getManagementService().createJobDefinitionQuery().processDefinitionId(plan.getProcessDefinitionId())
        .list()).extracting(definition -> definition.getActivityId())
        .contains(ResolutionDrafting.Tasks.SUBMIT_SURVEY_REPORT);
    assertThat(listeners).as("the survey's reminder and escalation, its deadline, and the outline's reminder and "
        + "escalation have job definitions").hasSize(5).doesNotContainNull();
    // reminders and escalations run side by side; the survey's deadline, which moves the plan, one at a time
    java.util.Map<String, String> activityOf = new java.util.HashMap<>();
    engine.getManagementService().createJobDefinitionQuery().processDefinitionId(plan.getProcessDefinitionId()).list()
        .forEach(definition -> activityOf.put(definition.getId(), definition.getActivityId()));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).timers().list())
        .hasSize(5).allSatisfy(job -> assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job)
            .isExclusive()).isEqualTo("Timer_SurveyDue".equals(activityOf.get(job.getJobDefinitionId()))));
  }

  @Autowired
  ModelDeployment models;

  @Test
  void modelsDeployedAgainUnchangedAddNoVersion() {
    int before = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ResolutionDrafting.KEY)
        .latestVersion().singleResult().getVersion();
    String once = org.camunda.bpm.model.bpmn.Bpmn.convertToString(
        models.decorated(new org.springframework.core.io.ClassPathResource("processes/resolution-drafting.bpmn")));
    String twice = org.camunda.bpm.model.bpmn.Bpmn.convertToString(
        models.decorated(new org.springframework.core.io.ClassPathResource("processes/resolution-drafting.bpmn")));
    assertThat(twice).as("the decorated model is the same bytes every time").isEqualTo(once);

    models.deploy(engine, ModelDeployment.NAME);

    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ResolutionDrafting.KEY)
        .latestVersion().singleResult().getVersion()).as("a restart deploys nothing new").isEqualTo(before);
  }
}
