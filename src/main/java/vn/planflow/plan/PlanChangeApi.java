package vn.planflow.plan;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.refusal.InputRefusedException;
import vn.planflow.web.Official;

/**
 * {@code /api/plans/{planId}/…}: a running plan's tasks and its changes, for administrators and
 * the members of the plan's lead agency ({@link PlanChanges}). Answers JSON; a refusal is 400 with
 * {@code {"message": "…"}} in Vietnamese, another agency 403, an unknown plan or task 404.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class PlanChangeApi {

  private final PlanChanges changes;
  private final PlanTaskList tasks;
  private final IdentityService identityService;

  PlanChangeApi(PlanChanges changes, PlanTaskList tasks, IdentityService identityService) {
    this.changes = changes;
    this.tasks = tasks;
    this.identityService = identityService;
  }

  @GetMapping("/tasks")
  ResponseEntity<Object> tasks(@PathVariable String planId, Official caller) {
    return allowed(planId, caller, () -> tasks.of(planId));
  }

  @GetMapping("/changes")
  ResponseEntity<Object> trail(@PathVariable String planId, Official caller) {
    return allowed(planId, caller, () -> changes.trail(planId));
  }

  @PostMapping("/tasks")
  ResponseEntity<Object> add(@PathVariable String planId, @RequestBody(required = false) PlanChanges.NewTask task,
      Official caller) {
    return allowed(planId, caller, () -> Map.of("taskInstanceId", changes.add(planId,
        task == null ? new PlanChanges.NewTask(null, null, null, null, null, null) : task, caller)));
  }

  @PostMapping("/tasks/{taskInstanceId}/extension")
  ResponseEntity<Object> extend(@PathVariable String planId, @PathVariable String taskInstanceId,
      @RequestBody(required = false) Map<String, String> body, Official caller) {
    return allowed(planId, caller, () -> {
      changes.extend(planId, taskInstanceId, field(body, "due"), field(body, "reason"), caller);
      return Map.of("extended", true);
    });
  }

  @PostMapping("/tasks/{taskInstanceId}/cancellation")
  ResponseEntity<Object> cancel(@PathVariable String planId, @PathVariable String taskInstanceId,
      @RequestBody(required = false) Map<String, String> body, Official caller) {
    return allowed(planId, caller, () -> {
      changes.cancel(planId, taskInstanceId, field(body, "reason"), caller);
      return Map.of("cancelled", true);
    });
  }

  @PostMapping("/tasks/{taskInstanceId}/lead")
  ResponseEntity<Object> lead(@PathVariable String planId, @PathVariable String taskInstanceId,
      @RequestBody(required = false) Map<String, String> body, Official caller) {
    return allowed(planId, caller, () -> {
      changes.changeLead(planId, taskInstanceId, field(body, "leadAgency"), field(body, "reason"), caller);
      return Map.of("leadAgency", field(body, "leadAgency"));
    });
  }

  /**
   * Who may change which plan is decided here ({@link PlanChanges#mayChange}), not by the engine's
   * permissions on the plan's instances, which an agency's official does not hold.
   */
  private ResponseEntity<Object> allowed(String planId, Official caller, java.util.function.Supplier<Object> action) {
    return EngineIdentity.asChecked(identityService, () -> {
      if (!changes.mayChange(caller, planId)) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Chỉ quản trị viên và đơn vị chủ "
            + "trì của kế hoạch này được thay đổi kế hoạch."));
      }
      return ResponseEntity.ok(action.get());
    });
  }

  private static String field(Map<String, String> body, String name) {
    return body == null ? null : body.get(name);
  }

  @ExceptionHandler(InputRefusedException.class)
  ResponseEntity<Object> refused(InputRefusedException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(PlanChanges.PlanNotFoundException.class)
  ResponseEntity<Object> notFound(PlanChanges.PlanNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
