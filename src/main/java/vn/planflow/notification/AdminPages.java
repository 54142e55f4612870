package vn.planflow.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.deadline.DueDates;

/**
 * The admins' pages: {@code /quan-tri/thu}, the mail the embedded SMTP server received, and
 * {@code /quan-tri/thong-bao}, the log of every deadline mail and its delivery.
 */
@Controller
class AdminPages {

  private final AdminAccess access;
  private final ObjectProvider<EmbeddedMailbox> mailbox;
  private final NotificationLog log;
  private final DueDates dueDates;
  private final Environment environment;

  AdminPages(AdminAccess access, ObjectProvider<EmbeddedMailbox> mailbox, NotificationLog log,
      DueDates dueDates, Environment environment) {
    this.access = access;
    this.mailbox = mailbox;
    this.log = log;
    this.dueDates = dueDates;
    this.environment = environment;
  }

  @GetMapping("/quan-tri/thu")
  String mail(HttpServletRequest request, HttpServletResponse response, Model model) {
    AdminAccess.Verdict verdict = access.of(request);
    if (verdict != AdminAccess.Verdict.ADMIN) {
      return refuse(verdict, response, model);
    }
    EmbeddedMailbox embedded = mailbox.getIfAvailable();
    model.addAttribute("embedded", embedded != null);
    model.addAttribute("smtp", embedded != null ? EmbeddedSmtp.HOST + ":" + embedded.port()
        : environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port", "25"));
    model.addAttribute("messages", embedded != null ? embedded.messages() : List.of());
    model.addAttribute("time", dueDates);
    return "admin-mail";
  }

  @GetMapping("/quan-tri/thong-bao")
  String notifications(@RequestParam(required = false) String status, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    AdminAccess.Verdict verdict = access.of(request);
    if (verdict != AdminAccess.Verdict.ADMIN) {
      return refuse(verdict, response, model);
    }
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
    model.addAttribute("time", dueDates);
    return "admin-notifications";
  }

  private static String refuse(AdminAccess.Verdict verdict, HttpServletResponse response, Model model) {
    if (verdict == AdminAccess.Verdict.UNAUTHENTICATED) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Planflow\", charset=\"UTF-8\"");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("title", "Cần đăng nhập");
      model.addAttribute("message", AdminAccess.LOGIN_NEEDED);
    } else {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("title", "Không có quyền truy cập");
      model.addAttribute("message", AdminAccess.ADMINS_ONLY);
    }
    return "admin-denied";
  }

}
