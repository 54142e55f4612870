package vn.planflow.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
import vn.planflow.agency.Official;
import vn.planflow.agency.OfficialResolver;

/** {@code /quan-tri/ke-hoach}: administrators upload a plan's task table and see the plans. */
@Controller
class PlanUploadPage {

  private final OfficialResolver officials;
  private final PlanImport planImport;
  private final PlanOverview overview;
  private final AgencyDirectory directory;
  private final PlanProperties properties;

  PlanUploadPage(OfficialResolver officials, PlanImport planImport, PlanOverview overview, AgencyDirectory directory,
      PlanProperties properties) {
    this.officials = officials;
    this.planImport = planImport;
    this.overview = overview;
    this.directory = directory;
    this.properties = properties;
  }

  @GetMapping("/quan-tri/ke-hoach")
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    String denied = deny(request, response, model);
    return denied != null ? denied : show(model, "", properties.defaultLeadAgency(), properties.defaultReportEvery());
  }

  @PostMapping("/quan-tri/ke-hoach")
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
      @RequestParam(required = false) String leadAgency, @RequestParam(required = false) String reportEvery,
      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    String denied = deny(request, response, model);
    if (denied != null) {
      return denied;
    }
    boolean noFile = file == null || file.isEmpty() && file.getOriginalFilename() == null;
    try {
      PlanImport.StartedPlan plan = planImport.start(noFile ? null : file.getOriginalFilename(),
          noFile ? null : file.getBytes(), title, leadAgency, reportEvery);
      model.addAttribute("started", plan);
      return show(model, "", properties.defaultLeadAgency(), properties.defaultReportEvery());
    } catch (PlanImportException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
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

  /** The view refusing a visitor who is not an administrator, or null for an administrator. */
  private String deny(HttpServletRequest request, HttpServletResponse response, Model model) {
    Official official = officials.resolve(request).orElse(null);
    if (official == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Planflow\", charset=\"UTF-8\"");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      return "documents-login";
    }
    if (!official.isAdmin()) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", "Chỉ quản trị viên (nhóm camunda-admin) được nhập kế hoạch.");
      return "documents-denied";
    }
    return null;
  }
}
