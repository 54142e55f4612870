package vn.planflow.deadline;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.web.Official;

/**
 * {@code GET /api/lateness?processInstanceId=…}: on time or late, per task and per agency, for
 * administrators and for the members of the plan's lead agency, who chase the others.
 */
@RestController
class LatenessApi {

  private final Lateness lateness;
  private final HistoryService historyService;
  private final IdentityService identityService;

  LatenessApi(Lateness lateness, HistoryService historyService, IdentityService identityService) {
    this.lateness = lateness;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  @GetMapping("/api/lateness")
  ResponseEntity<Object> lateness(@RequestParam String processInstanceId, Official caller) {
    // who may read which plan is decided here, not by the engine's history permissions
    return EngineIdentity.asChecked(identityService, () -> answer(processInstanceId, caller));
  }

  private ResponseEntity<Object> answer(String processInstanceId, Official caller) {
    if (historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "Không có kế hoạch (process instance) mã \"" + processInstanceId + "\"."));
    }
    if (!lateness.mayRead(caller, processInstanceId)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Chỉ quản trị viên và đơn vị chủ "
          + "trì của kế hoạch này được xem tình hình thực hiện của các đơn vị."));
    }
    return ResponseEntity.ok(lateness.of(processInstanceId));
  }
}
