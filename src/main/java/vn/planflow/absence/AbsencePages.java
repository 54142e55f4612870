package vn.planflow.absence;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DateTexts;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * {@code /ca-nhan/vang-mat}: an official's absences and the colleagues they stand in for, a form to
 * record one and a button to cancel one. {@code /quan-tri/uy-quyen}: administrators do the same for
 * any official and move all of one official's open tasks to another.
 */
@Controller
class AbsencePages {

  static final String PERSONAL = ProcessNames.PERSONAL_PATH + "vang-mat";
  static final String ADMIN = "/quan-tri/uy-quyen";

  /** An absence as the pages show it. */
  record View(Absence absence, String userName, String standInName, String agencyName, String from, String to,
      String status, String statusClass, boolean cancellable, String recorded, String cancelled) {
  }

  /** What the record form held, shown again after a refusal. */
  record Form(String userId, String standIn, String from, String to, String reason) {
  }

  /** A moved task as the history shows it. */
  record MoveView(TaskMoveLog.Move move, String fromName, String toName, String movedAt) {
  }

  private final Absences absences;
  private final TaskMoves moves;
  private final Officials officials;
  private final DueDates dueDates;

  AbsencePages(Absences absences, TaskMoves moves, Officials officials, DueDates dueDates) {
    this.absences = absences;
    this.moves = moves;
    this.officials = officials;
    this.dueDates = dueDates;
  }

  @GetMapping(PERSONAL)
  String personal(Official official, Model model) {
    return showPersonal(official, model, empty(official.userId()));
  }

  @PostMapping(PERSONAL)
  String recordOwn(Official official, @RequestParam(required = false) String standIn,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
    Form form = new Form(official.userId(), standIn, from, to, reason);
    try {
      Absence recorded = absences.record(official.userId(), standIn, from, to, reason, official.userId());
      model.addAttribute("done", "Đã ghi nhận kỳ vắng mặt từ " + DateTexts.format(recorded.startsOn()) + " đến "
          + DateTexts.format(recorded.endsOn()) + "; người được ủy quyền: " + officials.name(recorded.standIn()) + ".");
      return showPersonal(official, model, empty(official.userId()));
    } catch (AbsenceRefusedException refused) {
      refuse(response, model, refused);
      return showPersonal(official, model, form);
    }
  }

  @PostMapping(PERSONAL + "/{id}/huy")
  String cancelOwn(Official official, @PathVariable long id, HttpServletResponse response, Model model) {
    try {
      absences.cancel(id, official.userId(), false);
      model.addAttribute("done", "Đã hủy kỳ vắng mặt; người được ủy quyền không còn xử lý thay từ bây giờ.");
    } catch (AbsenceRefusedException refused) {
      refuse(response, model, refused);
    }
    return showPersonal(official, model, empty(official.userId()));
  }

  @GetMapping(ADMIN)
  String admin(Model model) {
    return showAdmin(model, empty(""), "", "", "");
  }

  @PostMapping(ADMIN)
  String recordForAnyone(Official official, @RequestParam(required = false) String userId,
      @RequestParam(required = false) String standIn, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String reason,
      HttpServletResponse response, Model model) {
    Form form = new Form(userId, standIn, from, to, reason);
    try {
      Absence recorded = absences.record(userId, standIn, from, to, reason, official.userId());
      model.addAttribute("done", "Đã ghi nhận kỳ vắng mặt của " + officials.name(recorded.userId()) + " từ "
          + DateTexts.format(recorded.startsOn()) + " đến " + DateTexts.format(recorded.endsOn())
          + "; người được ủy quyền: " + officials.name(recorded.standIn()) + ".");
      return showAdmin(model, empty(""), "", "", "");
    } catch (AbsenceRefusedException refused) {
      refuse(response, model, refused);
      return showAdmin(model, form, "", "", "");
    }
  }

  @PostMapping(ADMIN + "/{id}/huy")
  String cancelAny(Official official, @PathVariable long id, HttpServletResponse response, Model model) {
    try {
      Absence cancelled = absences.cancel(id, official.userId(), true);
      model.addAttribute("done", "Đã hủy kỳ vắng mặt của " + officials.name(cancelled.userId()) + ".");
    } catch (AbsenceRefusedException refused) {
      refuse(response, model, refused);
    }
    return showAdmin(model, empty(""), "", "", "");
  }

  @PostMapping(ADMIN + "/chuyen-viec")
  String moveTasks(Official official, @RequestParam(required = false) String fromUser,
      @RequestParam(required = false) String toUser, @RequestParam(required = false) String reason,
      HttpServletResponse response, Model model) {
    try {
      TaskMoves.Moved moved = moves.moveAll(fromUser, toUser, reason, official.userId());
      model.addAttribute("done", "Đã chuyển " + moved.moves().size() + " công việc đang mở của "
          + officials.name(fromUser) + " cho " + officials.name(toUser) + ".");
      return showAdmin(model, empty(""), "", "", "");
    } catch (AbsenceRefusedException refused) {
      refuse(response, model, refused);
      return showAdmin(model, empty(""), fromUser, toUser, reason);
    }
  }

  private String showPersonal(Official official, Model model, Form form) {
    LocalDate today = absences.today();
    List<Absence> concerning = absences.concerning(official.userId());
    model.addAttribute("own", concerning.stream().filter(a -> a.userId().equals(official.userId()))
        .map(a -> view(a, today)).toList());
    List<View> standingIn = concerning.stream()
        .filter(a -> a.standIn().equals(official.userId()) && !a.cancelled() && !today.isAfter(a.endsOn()))
        .map(a -> view(a, today)).toList();
    model.addAttribute("standingIn", standingIn);
    model.addAttribute("filters", absences.filtersOf(standingIn.stream().map(View::absence).toList()));
    model.addAttribute("colleagues", officials.colleaguesOf(official.userId()));
    model.addAttribute("me", officials.name(official.userId()));
    model.addAttribute("today", DateTexts.format(today));
    model.addAttribute("form", form);
    model.addAttribute("admin", official.isAdmin());
    return "absences";
  }

  private String showAdmin(Model model, Form form, String fromUser, String toUser, String moveReason) {
    LocalDate today = absences.today();
    model.addAttribute("absences", absences.all().stream().map(a -> view(a, today)).toList());
    model.addAttribute("officials", officials.all());
    model.addAttribute("form", form);
    model.addAttribute("fromUser", fromUser == null ? "" : fromUser);
    model.addAttribute("toUser", toUser == null ? "" : toUser);
    model.addAttribute("moveReason", moveReason == null ? "" : moveReason);
    model.addAttribute("today", DateTexts.format(today));
    model.addAttribute("moves", moves.latest().stream().map(move -> new MoveView(move, officials.name(move.fromUser()),
        officials.name(move.toUser()), dueDates.formatMoment(move.movedAt()))).toList());
    return "admin-stand-ins";
  }

  private View view(Absence absence, LocalDate today) {
    String status;
    String statusClass;
    if (absence.cancelled()) {
      status = "Đã hủy";
      statusClass = "cancelled";
    } else if (absence.activeOn(today)) {
      status = "Đang vắng mặt";
      statusClass = "current";
    } else if (today.isBefore(absence.startsOn())) {
      status = "Sắp tới";
      statusClass = "future";
    } else {
      status = "Đã kết thúc";
      statusClass = "past";
    }
    String cancelled = absence.cancelled() ? officials.name(absence.cancelledBy()) + ", "
        + dueDates.formatMoment(absence.cancelledAt()) : "";
    return new View(absence, officials.name(absence.userId()), officials.name(absence.standIn()),
        officials.agencyName(absence.agencyId()), DateTexts.format(absence.startsOn()),
        DateTexts.format(absence.endsOn()), status, statusClass, absence.cancellableOn(today),
        officials.name(absence.recordedBy()) + ", " + dueDates.formatMoment(absence.recordedAt()), cancelled);
  }

  private static Form empty(String userId) {
    return new Form(userId, "", "", "", "");
  }

  private static void refuse(HttpServletResponse response, Model model, AbsenceRefusedException refused) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("error", refused.getMessage());
    model.addAttribute("errorDetails", refused.details());
  }
}
