package vn.planflow.drafting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Send task {@code announceReportOutline}, after {@code sendReportOutline}. */
@Component("announceReportOutlineDelegate")
class AnnounceReportOutlineDelegate implements JavaDelegate {

  private final DraftingNotices notices;

  AnnounceReportOutlineDelegate(DraftingNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.outlineSent(execution);
  }
}
