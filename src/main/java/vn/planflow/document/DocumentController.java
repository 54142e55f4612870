package vn.planflow.document;

import java.util.List;

import vn.planflow.time.DueDates;

import vn.planflow.deadline.Lateness;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.planflow.names.ProcessNames;
import vn.planflow.web.Official;

/**
 * {@code /tai-lieu/{processInstanceId}}: the page a Tasklist form links to, where an official
 * attaches the Word/PDF files of their task and opens those of the earlier stages.
 */
@Controller
class DocumentController {

  /** One agency's task as the lead's follow-up table shows it. */
  record Answer(String agencyName, String taskName, String due, String completedAt, String standing,
      String standingClass) {
  }

  private final Documents documents;
  private final Lateness lateness;
  private final DueDates dueDates;
  private final LeadPlans leadPlans;

  DocumentController(Documents documents, Lateness lateness, DueDates dueDates, LeadPlans leadPlans) {
    this.leadPlans = leadPlans;
    this.documents = documents;
    this.lateness = lateness;
    this.dueDates = dueDates;
  }

  /** The plans the official's agency leads, with how their agencies stand; every running plan for admins. */
  @GetMapping({"/tai-lieu", "/tai-lieu/"})
  String plans(Official official, Model model) {
    model.addAttribute("official", official);
    model.addAttribute("plans", leadPlans.of(official));
    return "lead-plans";
  }

  @GetMapping("/tai-lieu/{processInstanceId}")
  String page(@PathVariable String processInstanceId, Official official, HttpServletResponse response, Model model) {
    if (!documents.canRead(official, processInstanceId)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", "Đơn vị của bạn không tham gia kế hoạch này nên không xem được tài liệu của nó.");
      return "documents-denied";
    }
    model.addAttribute("official", official);
    model.addAttribute("processInstanceId", processInstanceId);
    model.addAttribute("title", documents.title(processInstanceId).orElse(""));
    model.addAttribute("documents", documents.list(processInstanceId));
    model.addAttribute("related", documents.related(processInstanceId));
    model.addAttribute("openTasks", documents.openTasks(official, processInstanceId));
    if (lateness.mayRead(official, processInstanceId)) {
      model.addAttribute("answers", answers(processInstanceId));
    }
    return "documents";
  }

  @PostMapping("/tai-lieu/{processInstanceId}")
  String attach(@PathVariable String processInstanceId, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) MultipartFile file, Official official, RedirectAttributes redirect) {
    try {
      Attachment attachment = documents.attach(official, processInstanceId, taskId, file);
      redirect.addFlashAttribute("success", "Đã đính kèm tệp \"" + attachment.getName() + "\".");
    } catch (DocumentRefusedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + ProcessNames.documentsUrl(processInstanceId);
  }

  @GetMapping("/tai-lieu/{processInstanceId}/{attachmentId}")
  void download(@PathVariable String processInstanceId, @PathVariable String attachmentId,
      Official official, HttpServletResponse response) throws IOException {
    Attachment attachment = documents.find(processInstanceId, attachmentId).orElse(null);
    if (attachment == null || !documents.canRead(official, processInstanceId)) {
      response.sendError(HttpStatus.NOT_FOUND.value());
      return;
    }
    response.setContentType(attachment.getType() == null ? "application/octet-stream" : attachment.getType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(attachment.getName(), StandardCharsets.UTF_8).build().toString());
    try (InputStream content = documents.content(attachment)) {
      content.transferTo(response.getOutputStream());
    }
  }

  /**
   * For the plan's lead (and admins): every agency's task of the plan, answered or not, late or
   * not, the late ones first.
   */
  private List<Answer> answers(String processInstanceId) {
    return lateness.of(processInstanceId).tasks().stream()
        .sorted(java.util.Comparator.comparing((Lateness.TaskLateness task) -> switch (task.standing()) {
          case OPEN_OVERDUE -> 0;
          case OPEN -> 1;
          case LATE -> 2;
          case ON_TIME -> 3;
        }).thenComparing(Lateness.TaskLateness::agencyName))
        .map(task -> new Answer(task.agencyName(), task.taskName(),
            task.due() == null ? "" : dueDates.format(task.due()),
            task.completedAt() == null ? "" : dueDates.formatMoment(task.completedAt()),
            switch (task.standing()) {
              case ON_TIME -> "Đã trả lời đúng hạn";
              case LATE -> "Đã trả lời, quá hạn " + task.workingDaysLate() + " ngày làm việc";
              case OPEN -> "Chưa trả lời (còn hạn)";
              case OPEN_OVERDUE -> "Chưa trả lời, quá hạn " + task.workingDaysLate() + " ngày làm việc";
            }, task.standing().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
        .toList();
  }
}
