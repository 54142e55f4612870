package vn.planflow.document;

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

  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
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
    model.addAttribute("openTasks", documents.openTasks(official, processInstanceId));
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
}
