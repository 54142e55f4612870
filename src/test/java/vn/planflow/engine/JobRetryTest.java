package vn.planflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.planflow.PlanflowTest;

/** A failing job is tried again ten minutes later, six times, before it becomes an incident. */
@PlanflowTest
class JobRetryTest {

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPassingFaultIsRetriedTenMinutesLaterNotTurnedIntoAnIncident() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("job-retry-probe").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_Fails").camundaAsyncBefore().camundaExpression("${noSuchBean.call()}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("job-retry-probe.bpmn", model).deploy();
    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("job-retry-probe").getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();

    Job retried = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThat(retried.getRetries()).isEqualTo(5);
    assertThat(retried.getDuedate()).isEqualTo(new Date(now.getTime() + 10 * 60_000));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
    engine.getRuntimeService().deleteProcessInstance(instance, "test");
  }
}
