package vn.planflow.plan;

import static vn.planflow.plan.PlanProcesses.Vars.DOCUMENTS_URL;
import static vn.planflow.plan.PlanProcesses.Vars.PROGRESS_HISTORY_TEXT;
import static vn.planflow.plan.PlanProcesses.Vars.TASK_STARTED_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Start listener of process {@code plan-task}: the task's clock and its documents page. */
@Component("planTaskStartedListener")
class PlanTaskStartedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(TASK_STARTED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(DOCUMENTS_URL, "/tai-lieu/" + execution.getProcessInstanceId());
    execution.setVariable(PROGRESS_HISTORY_TEXT, "");
  }
}
