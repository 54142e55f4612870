package vn.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.planflow.PlanflowTest;
import vn.planflow.engine.FormRefusal;
import vn.planflow.plan.PlanProcesses.PlanTask;
import vn.planflow.plan.PlanProcesses.Vars;

/** An official's refused completion is one INFO line in the log, not an ERROR with a stack trace. */
@PlanflowTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalLoggingTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  PlanImport planImport;

  @Test
  void aRefusedCompletionIsLoggedAsOneInfoLine(CapturedOutput output) {
    PlanDriver plan = PlanDriver.importCsv(engine, planImport, "1;Nhiệm vụ ghi log;Sở Y tế;;;Thường xuyên\n", null);
    int before = output.length();

    assertThatThrownBy(() -> plan.complete("1", PlanTask.REPORT_PROGRESS, Map.of(Vars.PROGRESS_STATUS, "xong")))
        .isInstanceOf(FormRefusal.class);

    String logged = output.toString().substring(before);
    assertThat(logged).contains("INFO").contains("Refused: ")
        .doesNotContain("ENGINE-16004").doesNotContain(" ERROR ");
  }
}
