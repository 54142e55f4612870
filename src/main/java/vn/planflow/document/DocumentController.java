package vn.planflow.document;

import vn.planflow.agency.OfficialResolver;
import vn.planflow.agency.Official;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * {@code /tai-lieu/{processInstanceId}}: the page a Tasklist form links to, where an official
 * attaches the Word/PDF files of their task and opens those of the earlier stages.
 */
@Controller
class DocumentController {

  private final OfficialResolver officials;
  private final Documents documents;

  DocumentController(OfficialResolver officials, Documents documents) {
    this.officials = officials;
    this.documents = documents;
  }

  @GetMapping("/tai-lieu/{processInstanceId}")
  String page(@PathVariable String processInstanceId, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Official official = officials.resolve(request).orElse(null);
    if (official == null) {
      return unauthenticated(response);
    }
    if (!documents.canRead(official, processInstanceId)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", "Đơn vị của bạn không tham gia kế hoạch này nên không xem được tài liệu của nó.");
      return "documents-denied";
    }
    model.addAttribute("official", official);
    model.addAttribute("processInstanceId", processInstanceId);
    model.addAttribute("title", documents.title(processInstanceId).orElse(""));
    model.addAttribute("documents", documents.list(processInstanceId));
    model.addAttribute("openTasks", documents.openTasks(official, processInstanceId));
    return "documents";
  }

  @PostMapping("/tai-lieu/{processInstanceId}")
  String attach(@PathVariable String processInstanceId, @RequestParam(required = false) String taskId,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request,
      HttpServletResponse response, RedirectAttributes redirect) {
    Official official = officials.resolve(request).orElse(null);
    if (official == null) {
      return unauthenticated(response);
    }
    try {
      Attachment attachment = documents.attach(official, processInstanceId, taskId, file);
      redirect.addFlashAttribute("success", "Đã đính kèm tệp \"" + attachment.getName() + "\".");
    } catch (DocumentRefusedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/tai-lieu/" + processInstanceId;
  }

  @GetMapping("/tai-lieu/{processInstanceId}/{attachmentId}")
  void download(@PathVariable String processInstanceId, @PathVariable String attachmentId,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    Official official = officials.resolve(request).orElse(null);
    if (official == null) {
      challenge(response);
      response.sendError(HttpStatus.UNAUTHORIZED.value());
      return;
    }
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

  private static String unauthenticated(HttpServletResponse response) {
    challenge(response);
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    return "documents-login";
  }

  private static void challenge(HttpServletResponse response) {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Planflow\", charset=\"UTF-8\"");
  }
}
