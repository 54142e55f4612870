package vn.planflow.agency;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.web.Official;

/**
 * {@code /api/agencies}: the agencies with their successors, the recorded changes, and {@code
 * POST /api/agencies/{id}/successor} to record one (administrators only). HTTP Basic is checked by
 * the application's filter, which makes the caller the engine's current authentication.
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyChangeApi {

  private static final Logger LOG = LoggerFactory.getLogger(AgencyChangeApi.class);

  /** An agency as the API shows it; {@code successor} and {@code current} only once it retired. */
  /**
   * One agency as the contract lists it ({@code id, name, type, validFrom, validTo, successors}),
   * and, from the recorded changes, whether it was retired and who does its work now.
   */
  record AgencyView(String id, String name, String type, LocalDate validFrom, LocalDate validTo,
      List<String> successors, boolean retired, String successor, String current) {
  }

  private final AgencyChanges changes;
  private final KnownAgencies agencies;
  private final AgencySuccessions successions;

  private final AgencyDirectory directory;

  AgencyChangeApi(AgencyChanges changes, KnownAgencies agencies, AgencySuccessions successions,
      AgencyDirectory directory) {
    this.directory = directory;
    this.changes = changes;
    this.agencies = agencies;
    this.successions = successions;
  }

  /**
   * The agencies valid on {@code on} (default today): the directory's, less those retired by a
   * change recorded with an effective date on or before it, and the agency groups created in
   * Camunda Admin. Any signed-in user may read it.
   */
  @GetMapping
  ResponseEntity<Object> agencies(@RequestParam(required = false) String on) {
    LocalDate day;
    try {
      day = on == null || on.isBlank() ? directory.today() : LocalDate.parse(on.trim());
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("message", "Tham số on=\"" + on + "\" không phải là ngày "
          + "dạng yyyy-MM-dd."));
    }
    Map<String, AgencyChange> retiredBy = new java.util.HashMap<>();
    changes.list().forEach(change -> retiredBy.putIfAbsent(change.agencyId(), change));
    List<AgencyView> views = new ArrayList<>();
    for (Agency agency : agencies.all()) {
      boolean inDirectory = directory.find(agency.id()).isPresent();
      AgencyChange change = retiredBy.get(agency.id());
      if (inDirectory && !agency.validOn(day) || change != null && !change.effectiveDate().isAfter(day)) {
        continue;
      }
      List<String> successors = new ArrayList<>(agency.successors());
      if (change != null && !successors.contains(change.successorId())) {
        successors.add(change.successorId());
      }
      views.add(new AgencyView(agency.id(), agency.name(), agency.type().id(), agency.validFrom(), agency.validTo(),
          successors, successions.isRetired(agency.id()),
          successions.successionOf(agency.id()).map(AgencySuccessions.Succession::successorId).orElse(null),
          successions.isRetired(agency.id()) ? successions.current(agency.id()) : null));
    }
    return ResponseEntity.ok(views);
  }

  @GetMapping("/changes")
  List<AgencyChange> changes() {
    return changes.list();
  }

  @PostMapping("/{id}/successor")
  ResponseEntity<Object> record(@PathVariable String id, @RequestBody(required = false) AgencyChangeRequest request,
      Official caller) {
    AgencyChange change = changes.record(id,
        request == null ? new AgencyChangeRequest(null, null, null, null) : request, caller.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(change);
  }

  @ExceptionHandler(AgencyChangeRefusedException.class)
  ResponseEntity<Object> refused(AgencyChangeRefusedException refused) {
    return ResponseEntity.status(refused.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
        .body(Map.of("message", refused.getMessage()));
  }

  /** Whatever else went wrong rolled the whole change back. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> failed(RuntimeException error) {
    if (error instanceof OptimisticLockingException) {
      LOG.info("Agency change met tasks being completed at the same moment; nothing was changed");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "Đúng lúc này có đơn vị đang "
          + "hoàn thành công việc của đơn vị được chuyển; chưa có gì thay đổi. Hãy ghi nhận lại sau giây lát."));
    }
    LOG.error("Agency change failed; nothing was changed", error);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("message",
        "Không ghi nhận được thay đổi do lỗi hệ thống (" + error.getClass().getSimpleName()
            + "); không có gì bị thay đổi. Hãy thử lại hoặc xem nhật ký máy chủ."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Object> unreadable() {
    return ResponseEntity.badRequest().body(Map.of("message", "Nội dung yêu cầu phải là JSON dạng {\"successor\": "
        + "\"so-khcn\", \"kind\": \"merge\", \"reason\": \"…\", \"effectiveDate\": \"2025-03-01\"}."));
  }
}
