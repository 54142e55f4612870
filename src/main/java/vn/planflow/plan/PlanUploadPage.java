package vn.planflow.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
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
    return show(model, "", properties.defaultLeadAgency(), properties.defaultReportEvery());
  }

  @PostMapping("/quan-tri/ke-hoach")
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
      @RequestParam(required = false) String leadAgency, @RequestParam(required = false) String reportEvery,
      @RequestParam(defaultValue = "false") boolean confirm,
      HttpServletResponse response, Model model) throws IOException {
    boolean noFile = file == null || file.isEmpty() && file.getOriginalFilename() == null;
    try {
      PlanImport.StartedPlan plan = planImport.start(noFile ? null : file.getOriginalFilename(),
          noFile ? null : file.getBytes(), title, leadAgency, reportEvery, confirm);
      model.addAttribute("started", plan);
      return show(model, "", properties.defaultLeadAgency(), properties.defaultReportEvery());
    } catch (PlanImportException e) {
      response.setStatus(e instanceof DuplicatePlanException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      if (e instanceof DuplicatePlanException duplicate) {
        model.addAttribute("existingPlan", duplicate.existingPlanId());
      }
      model.addAttribute("errors", e.errors());
      model.addAttribute("fileName", noFile ? "" : file.getOriginalFilename());
      return show(model, title == null ? "" : title, leadAgency, reportEvery);
    }
  }

  private String show(Model model, String title, String leadAgency, String reportEvery) {
    model.addAttribute("title", title);
    model.addAttribute("leadAgency", leadAgency == null || leadAgency.isBlank() ? properties.defaultLeadAgency() : leadAgency);
    model.addAttribute("reportEvery", reportEvery == null || reportEvery.isBlank() ? properties.defaultReportEvery() : reportEvery);
    model.addAttribute("agencies", leadCandidates());
    model.addAttribute("plans", overview.plans());
    return "plan-upload";
  }

  private List<Agency> leadCandidates() {
    return directory.all().stream().filter(agency -> agency.type() == AgencyType.DEPARTMENT)
        .sorted(Comparator.comparing(Agency::name)).toList();
  }
}
