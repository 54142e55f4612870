package vn.planflow.drafting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Send task {@code reportSynthesisToUbnd}, after {@code synthesizeSurvey}. */
@Component("reportSynthesisDelegate")
class ReportSynthesisDelegate implements JavaDelegate {

  private final DraftingNotices notices;

  ReportSynthesisDelegate(DraftingNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.synthesisReported(execution);
  }
}
