package vn.planflow.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyType;
import vn.planflow.time.IsoDurations;

/** {@code /quan-tri/ke-hoach}: administrators upload a plan's task table and see the plans. */
@Controller
class PlanUploadPage {

  private final PlanImport planImport;
  private final PlanOverview overview;
  private final AgencyDirectory directory;
  private final PlanProperties properties;

  PlanUploadPage(PlanImport planImport, PlanOverview overview, AgencyDirectory directory,
      PlanProperties properties) {
    this.planImport = planImport;
    this.overview = overview;
    this.directory = directory;
    this.properties = properties;
  }

  @GetMapping("/quan-tri/ke-hoach")
  String page(Model model) {
    return show(model, "", null, properties.defaultReportEvery());
  }

  /**
   * First the preview of what the table will create (nothing is created); then, with {@code
   * step=confirm} and the same table carried back by the preview's form, the import.
   */
  @PostMapping("/quan-tri/ke-hoach")
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
      @RequestParam(required = false) String leadAgency, @RequestParam(required = false) String reportEvery,
      @RequestParam(required = false) String planDate, @RequestParam(required = false) String planYear,
      @RequestParam(defaultValue = "false") boolean confirm, @RequestParam(defaultValue = "preview") String step,
      @RequestParam(required = false) String content, @RequestParam(required = false) String fileName,
      @RequestParam(required = false) String code,
      HttpServletResponse response, Model model) throws IOException {
    boolean confirming = "confirm".equals(step) && content != null;
    boolean noFile = file == null || file.isEmpty() && file.getOriginalFilename() == null;
    String name = confirming ? fileName : noFile ? null : file.getOriginalFilename();
    byte[] bytes;
    try {
      bytes = confirming ? Base64.getDecoder().decode(content) : noFile ? null : file.getBytes();
    } catch (IllegalArgumentException e) {
      bytes = null;
    }
    PlanImport.Request request = new PlanImport.Request(name, bytes, title, leadAgency, reportEvery, planDate,
        planYear, confirm, code);
    try {
      if (confirming) {
        model.addAttribute("started", planImport.start(request));
        return show(model, "", null, properties.defaultReportEvery());
      }
      PlanPreview preview = planImport.preview(request);
      model.addAttribute("preview", preview);
      model.addAttribute("content", Base64.getEncoder().encodeToString(bytes));
      model.addAttribute("fileName", name);
      model.addAttribute("planDate", planDate == null ? "" : planDate);
      model.addAttribute("planYear", planYear == null ? "" : planYear);
      model.addAttribute("code", code == null ? "" : code);
      return show(model, title, leadAgency, reportEvery);
    } catch (PlanImportException e) {
      response.setStatus(e instanceof DuplicatePlanException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      if (e instanceof DuplicatePlanException duplicate) {
        model.addAttribute("existingPlan", duplicate.existingPlanId());
      }
      model.addAttribute("errors", e.errors());
      model.addAttribute("fileName", name == null ? "" : name);
      return show(model, title == null ? "" : title, leadAgency, reportEvery);
    }
  }

  private String show(Model model, String title, String leadAgency, String reportEvery) {
    model.addAttribute("title", title);
    model.addAttribute("leadAgency", leadAgency == null || leadAgency.isBlank()
        ? directory.inChargeOfDigitalTransformation(directory.today()) : leadAgency);
    model.addAttribute("reportEvery", reportEvery == null || reportEvery.isBlank() ? properties.defaultReportEvery() : reportEvery);
    model.addAttribute("agencies", leadCandidates());
    model.addAttribute("reportPeriods", reportPeriods((String) model.getAttribute("reportEvery")));
    model.addAttribute("plans", overview.plans());
    return "plan-upload";
  }

  /** The report cycles offered in words; a configured default of another length is offered too. */
  static Map<String, String> reportPeriods(String current) {
    Map<String, String> periods = new LinkedHashMap<>();
    periods.put("P1M", "Hằng tháng");
    periods.put("P3M", "Hằng quý (3 tháng một lần)");
    periods.put("P6M", "6 tháng một lần");
    periods.put("P1Y", "Hằng năm");
    if (current != null && !periods.containsKey(current)) {
      periods.put(current, "Mỗi " + IsoDurations.inWords(current));
    }
    return periods;
  }

  private List<Agency> leadCandidates() {
    return directory.ofTypes(java.util.EnumSet.of(AgencyType.DEPARTMENT), directory.today()).stream()
        .sorted(Comparator.comparing(Agency::name)).toList();
  }
}
