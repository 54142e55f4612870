package vn.planflow.plan;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/plans}: import a plan's task table (contract: "Plans carried out") and list the
 * plans. Only administrators reach it (the {@code /api} filter chain).
 */
@RestController
@RequestMapping("/api/plans")
class PlanApi {

  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";

  private final PlanImport planImport;
  private final PlanOverview overview;

  PlanApi(PlanImport planImport, PlanOverview overview) {
    this.planImport = planImport;
    this.overview = overview;
  }

  /**
   * Imports a plan, or with {@code dryRun=true} only answers what the import would create (200,
   * {@link PlanPreview}): tasks per agency, how each deadline and collective was read, warnings.
   */
  @PostMapping
  ResponseEntity<Object> importPlan(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String title, @RequestParam(required = false) String leadAgency,
      @RequestParam(required = false) String reportEvery, @RequestParam(required = false) String planDate,
      @RequestParam(required = false) String planYear, @RequestParam(defaultValue = "false") boolean confirm,
      @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String code)
      throws IOException {
    PlanImport.Request request = new PlanImport.Request(file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getBytes(), title, leadAgency, reportEvery, planDate, planYear, confirm, code);
    try {
      if (dryRun) {
        return ResponseEntity.ok(planImport.preview(request));
      }
      PlanImport.StartedPlan plan = planImport.start(request);
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(Map.of("processInstanceId", plan.processInstanceId(), "taskCount", plan.taskCount()));
    } catch (DuplicatePlanException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("errors", e.errors(),
          "existingPlan", e.existingPlanId(), "cockpit", COCKPIT + e.existingPlanId()));
    } catch (PlanImportException e) {
      return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }
  }

  @GetMapping
  ResponseEntity<Object> plans() {
    return ResponseEntity.ok(overview.plans());
  }

  /** A request larger than the server accepts at all (spring.servlet.multipart.*). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Object> tooLarge() {
    return ResponseEntity.badRequest().body(Map.of("errors",
        List.of(new ImportError(0, "file", "Tệp quá lớn so với giới hạn của máy chủ."))));
  }

}
