package vn.planflow.drafting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Event_ImplementationPlanRequested}, on Ban Chấp hành's approval of the resolution. */
@Component("requestImplementationPlanDelegate")
class RequestImplementationPlanDelegate implements JavaDelegate {

  private final ImplementationPlans plans;

  RequestImplementationPlanDelegate(ImplementationPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.request(execution);
  }
}
