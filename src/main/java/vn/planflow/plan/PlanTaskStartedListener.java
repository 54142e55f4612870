package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.DOCUMENTS_URL;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_HISTORY_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_STARTED_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.planflow.engine.EngineClock;
import org.springframework.stereotype.Component;
import vn.planflow.names.ProcessNames;

/** Start listener of process {@code plan-task}: the task's clock and its documents page. */
@Component("planTaskStartedListener")
class PlanTaskStartedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(TASK_STARTED_AT, EngineClock.now());
    execution.setVariable(DOCUMENTS_URL, ProcessNames.documentsUrl(execution.getProcessInstanceId()));
    execution.setVariable(PROGRESS_HISTORY_TEXT, "");
  }
}
