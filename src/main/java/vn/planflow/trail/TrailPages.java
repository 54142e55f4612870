package vn.planflow.trail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.camunda.bpm.engine.IdentityService;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * The trail (nhật ký) pages: {@code /quan-tri/bang-dieu-khien/{planId}/nhat-ky}, one plan's, for
 * administrators and the province's leaders, and {@code /quan-tri/nhat-ky}, across plans, for
 * administrators (the pages' security says who). Each filters by its query parameters ({@link
 * TrailFilter}) and exports what it lists to .xlsx ({@code nhat-ky.xlsx}, or {@code dinh-dang=xlsx}).
 */
@Controller
class TrailPages {

  static final String PLAN_TRAIL = ProcessNames.DASHBOARD_PATH + "/{planId}/nhat-ky";
  static final String ALL_PLANS = "/quan-tri/nhat-ky";
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final int PLANS_LISTED = 200;

  private final Trail trail;
  private final TrailPlans plans;
  private final DueDates dueDates;
  private final IdentityService identityService;

  TrailPages(Trail trail, TrailPlans plans, DueDates dueDates, IdentityService identityService) {
    this.identityService = identityService;
    this.trail = trail;
    this.plans = plans;
    this.dueDates = dueDates;
  }

  @GetMapping({PLAN_TRAIL, PLAN_TRAIL + ".xlsx"})
  Object ofPlan(@PathVariable String planId, @RequestParam(name = "loai", required = false) String kind,
      @RequestParam(name = "don-vi", required = false) String agency,
      @RequestParam(name = "nguoi", required = false) String user,
      @RequestParam(name = "tu-ngay", required = false) String from,
      @RequestParam(name = "den-ngay", required = false) String to,
      @RequestParam(name = "trang", required = false) String page,
      @RequestParam(name = "dinh-dang", required = false) String format, Model model, HttpServletRequest request,
      HttpServletResponse response, Official caller) {
    Optional<TrailPlans.PlanRef> plan = checked(() -> plans.plan(planId));
    if (plan.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("message", "Không có kế hoạch mã \"" + planId + "\". Có thể đường dẫn đã sai hoặc kế hoạch đã bị"
          + " xóa khỏi lịch sử.");
      return "trail-missing";
    }
    TrailFilter filter = TrailFilter.read(kind, agency, user, from, to, null, page, trail::knowsAgency);
    model.addAttribute("plan", plan.get());
    model.addAttribute("asked", asked(kind, agency, user, from, to, null));
    model.addAttribute("admin", caller.isAdmin());
    return answer(filter, format, model, request, response, "Nhật ký kế hoạch " + plan.get().label(),
        all -> trail.ofPlan(plan.get(), filter, all));
  }

  @GetMapping({ALL_PLANS, ALL_PLANS + ".xlsx"})
  Object acrossPlans(@RequestParam(name = "loai", required = false) String kind,
      @RequestParam(name = "don-vi", required = false) String agency,
      @RequestParam(name = "nguoi", required = false) String user,
      @RequestParam(name = "tu-ngay", required = false) String from,
      @RequestParam(name = "den-ngay", required = false) String to,
      @RequestParam(name = "ke-hoach", required = false) String planId,
      @RequestParam(name = "trang", required = false) String page,
      @RequestParam(name = "dinh-dang", required = false) String format, Model model, HttpServletRequest request,
      HttpServletResponse response, Official caller) {
    TrailFilter read = TrailFilter.read(kind, agency, user, from, to, planId, page, trail::knowsAgency);
    Optional<TrailPlans.PlanRef> plan = read.planId() == null ? Optional.empty()
        : checked(() -> plans.plan(read.planId()));
    TrailFilter filter = read.planId() != null && plan.isEmpty()
        ? read.withProblem("Không có kế hoạch mã \"" + read.planId() + "\"; hãy chọn kế hoạch trong danh sách.")
        : read;
    model.addAttribute("plans", checked(() -> plans.recentPlans(PLANS_LISTED)));
    model.addAttribute("asked", asked(kind, agency, user, from, to, planId));
    model.addAttribute("admin", true);
    TrailFilter chosen = filter;
    String name = plan.map(p -> "Nhật ký kế hoạch " + p.label()).orElse("Nhật ký các kế hoạch");
    return answer(filter, format, model, request, response, name,
        all -> plan.isPresent() ? trail.ofPlan(plan.get(), chosen, all) : trail.acrossPlans(chosen, all));
  }

  private Object answer(TrailFilter asked, String format, Model model, HttpServletRequest request,
      HttpServletResponse response, String title,
      Function<Boolean, Trail.Page> read) {
    boolean xlsx = request.getRequestURI().endsWith(".xlsx");
    TrailFilter filter = asked;
    if (format != null && !format.isBlank()) {
      if (format.trim().equalsIgnoreCase("xlsx")) {
        xlsx = true;
      } else {
        filter = asked.withProblem("Định dạng \"" + format.trim() + "\" không có; nhật ký chỉ tải về được dưới dạng"
            + " bảng tính Excel (dinh-dang=xlsx).");
      }
    }
    model.addAttribute("title", title);
    model.addAttribute("time", dueDates);
    model.addAttribute("filter", filter);
    model.addAttribute("kinds", Trail.kinds());
    model.addAttribute("agencies", trail.agencies());
    model.addAttribute("pageSize", Trail.PAGE_SIZE);
    model.addAttribute("cap", Trail.CAP_ACROSS_PLANS);
    model.addAttribute("exportMax", Trail.EXPORT_MAX);
    model.addAttribute("crossPlanPath", ALL_PLANS);
    if (!filter.valid()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problems", filter.problems());
      return "trail";
    }
    if (xlsx) {
      Trail.Page all = checked(() -> read.apply(true));
      byte[] workbook = TrailWorkbook.write(all.events(), trail.zone());
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(XLSX);
      headers.setContentDisposition(ContentDisposition.attachment()
          .filename(title.replaceAll("[\\\\/:*?\"<>|]", "-") + ".xlsx", StandardCharsets.UTF_8).build());
      return new ResponseEntity<>(workbook, headers, HttpStatus.OK);
    }
    Trail.Page page = checked(() -> read.apply(false));
    model.addAttribute("page", page);
    // links relative to this server: the same filter, another page or the export
    String query = request.getQueryString();
    UriComponentsBuilder here = UriComponentsBuilder.fromUriString(request.getRequestURI()
        + (query == null ? "" : "?" + query)).replaceQueryParam("dinh-dang").replaceQueryParam("trang");
    model.addAttribute("xlsxUrl", here.cloneBuilder().replacePath(request.getRequestURI() + ".xlsx").build(true)
        .toUriString());
    if (page.page() > 1) {
      model.addAttribute("previousUrl", here.cloneBuilder().replaceQueryParam("trang", page.page() - 1).build(true)
          .toUriString());
    }
    if (page.page() < page.pages()) {
      model.addAttribute("nextUrl", here.cloneBuilder().replaceQueryParam("trang", page.page() + 1).build(true)
          .toUriString());
    }
    return "trail";
  }

  /** The filter as typed, to show it again in the form. */
  private static Map<String, String> asked(String kind, String agency, String user, String from, String to,
      String plan) {
    Map<String, String> asked = new HashMap<>();
    asked.put("loai", kind == null ? "" : kind.trim());
    asked.put("donVi", agency == null ? "" : agency.trim());
    asked.put("nguoi", user == null ? "" : user.trim());
    asked.put("tuNgay", from == null ? "" : from.trim());
    asked.put("denNgay", to == null ? "" : to.trim());
    asked.put("keHoach", plan == null ? "" : plan.trim());
    return asked;
  }

  /**
   * The security chain has decided who reads the trail (administrators, the province's leaders):
   * the engine reads its history for them without narrowing it to their own authorizations.
   */
  private <T> T checked(Supplier<T> read) {
    return EngineIdentity.asChecked(identityService, read);
  }
}
