package vn.planflow.notification;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.time.DueDates;

/**
 * The admins' pages: {@code /quan-tri/thu}, the mail the embedded SMTP server received, and
 * {@code /quan-tri/thong-bao}, the log of every deadline mail and its delivery. Only administrators
 * reach them (the pages' filter chain).
 */
@Controller
class AdminPages {

  private final RuntimeService runtimeService;
  private final ObjectProvider<EmbeddedMailbox> mailbox;
  private final NotificationLog log;
  private final DueDates dueDates;
  private final Environment environment;

  AdminPages(RuntimeService runtimeService, ObjectProvider<EmbeddedMailbox> mailbox, NotificationLog log,
      DueDates dueDates, Environment environment) {
    this.runtimeService = runtimeService;
    this.mailbox = mailbox;
    this.log = log;
    this.dueDates = dueDates;
    this.environment = environment;
  }

  @GetMapping("/quan-tri/thu")
  String mail(Model model) {
    EmbeddedMailbox embedded = mailbox.getIfAvailable();
    model.addAttribute("embedded", embedded != null);
    model.addAttribute("smtp", embedded != null ? EmbeddedSmtp.HOST + ":" + embedded.port()
        : environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port", "25"));
    model.addAttribute("messages", embedded != null ? embedded.messages() : List.of());
    model.addAttribute("time", dueDates);
    return "admin-mail";
  }

  @GetMapping("/quan-tri/thong-bao")
  String notifications(@RequestParam(required = false) String status, Model model) {
    Optional<String> filter;
    try {
      filter = NotificationLog.status(status);
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", "Trạng thái \"" + status + "\" không có; đang hiện mọi thông báo.");
      filter = Optional.empty();
    }
    model.addAttribute("status", filter.orElse(""));
    model.addAttribute("statuses", NotificationLog.STATUSES);
    model.addAttribute("entries", log.list(filter));
    model.addAttribute("incidents", runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc()
        .listPage(0, 200));
    model.addAttribute("time", dueDates);
    return "admin-notifications";
  }
}
