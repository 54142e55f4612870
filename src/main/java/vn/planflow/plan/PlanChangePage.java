package vn.planflow.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyType;
import vn.planflow.names.ProcessNames;
import vn.planflow.refusal.InputRefusedException;
import vn.planflow.web.Official;

/**
 * {@code /quan-tri/ke-hoach/{planId}}: a running plan's tasks, and the forms to extend a deadline,
 * add or cancel a task and change a lead, with the plan's trail; for administrators and the
 * members of the plan's lead agency.
 */
@Controller
class PlanChangePage {

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** A change as the trail shows it. */
  record ChangeView(String at, String userId, String detail, String reason) {
  }

  private final PlanChanges changes;
  private final PlanTaskList tasks;
  private final RuntimeService runtimeService;
  private final AgencyDirectory directory;

  PlanChangePage(PlanChanges changes, PlanTaskList tasks, RuntimeService runtimeService, AgencyDirectory directory) {
    this.changes = changes;
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.directory = directory;
  }

  @GetMapping("/quan-tri/ke-hoach/{planId}")
  String page(@PathVariable String planId, Official caller, Model model, HttpServletResponse response) {
    return show(planId, caller, model, response);
  }

  @PostMapping("/quan-tri/ke-hoach/{planId}/{action}")
  String change(@PathVariable String planId, @PathVariable String action, @RequestParam(required = false) String task,
      @RequestParam(required = false) String due, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String leadAgency, @RequestParam(required = false) String code,
      @RequestParam(required = false) String title, @RequestParam(required = false) String coordinatingAgencies,
      @RequestParam(required = false) String expectedResult, @RequestParam(required = false) String deadlineText,
      Official caller, Model model, HttpServletResponse response) {
    if (!changes.mayChange(caller, planId)) {
      return show(planId, caller, model, response);
    }
    try {
      switch (action) {
        case "gia-han" -> changes.extend(planId, task, due, reason, caller);
        case "huy" -> changes.cancel(planId, task, reason, caller);
        case "doi-chu-tri" -> changes.changeLead(planId, task, leadAgency, reason, caller);
        case "them" -> changes.add(planId, new PlanChanges.NewTask(code, title, leadAgency, coordinatingAgencies,
            expectedResult, deadlineText), caller);
        default -> throw new InputRefusedException("Không có thao tác \"" + action + "\".");
      }
      model.addAttribute("done", true);
    } catch (InputRefusedException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
    }
    return show(planId, caller, model, response);
  }

  private String show(String planId, Official caller, Model model, HttpServletResponse response) {
    try {
      if (!changes.mayChange(caller, planId)) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", "Chỉ quản trị viên và đơn vị chủ trì của kế hoạch này được xem và thay đổi trang này.");
        return "admin-denied";
      }
    } catch (PlanChanges.PlanNotFoundException e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("message", e.getMessage());
      return "admin-denied";
    }
    model.addAttribute("planId", planId);
    // the plan's trail (nhật ký) is for administrators and the province's leaders
    model.addAttribute("trailUrl", caller.isAdmin() || caller.groupIds().contains(ProcessNames.Agencies.LEADERS)
        ? ProcessNames.DASHBOARD_PATH + "/" + planId + "/nhat-ky" : null);
    model.addAttribute("title", runtimeService.getVariable(planId, PlanProcesses.Vars.TITLE));
    model.addAttribute("tasks", tasks.of(planId));
    model.addAttribute("trail", changes.trail(planId).stream().map(change -> new ChangeView(
        MOMENT.format(change.at()), change.userId(), change.detail(), change.reason())).toList());
    model.addAttribute("agencies", directory.ofTypes(EnumSet.of(AgencyType.DEPARTMENT, AgencyType.COMMUNE,
        AgencyType.APPROVAL_BODY), directory.today()).stream().sorted(Comparator.comparing(Agency::name)).toList());
    return "plan-changes";
  }
}
