package vn.planflow.drafting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create and complete of {@code submitImplementationPlan}: its form's view, then the import. */
@Component("implementationPlanTaskListener")
class ImplementationPlanTaskListener implements TaskListener {

  private final ImplementationPlans plans;

  ImplementationPlanTaskListener(ImplementationPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> plans.created(task);
      case EVENTNAME_COMPLETE -> plans.submitted(task);
      default -> { }
    }
  }
}
