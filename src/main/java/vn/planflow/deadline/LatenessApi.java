package vn.planflow.deadline;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/lateness?processInstanceId=…}: on time or late, per task and per agency, for admins. */
@RestController
class LatenessApi {

  private final Lateness lateness;
  private final HistoryService historyService;

  LatenessApi(Lateness lateness, HistoryService historyService) {
    this.lateness = lateness;
    this.historyService = historyService;
  }

  @GetMapping("/api/lateness")
  ResponseEntity<Object> lateness(@RequestParam String processInstanceId) {
    if (historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "Không có kế hoạch (process instance) mã \"" + processInstanceId + "\"."));
    }
    return ResponseEntity.ok(lateness.of(processInstanceId));
  }
}
