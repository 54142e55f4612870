package vn.planflow.notification;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.planflow.time.DueDates;

/**
 * Writes the mail of a notice from {@code templates/mail/task-notice.html} and {@code .txt}
 * (Vietnamese): what the task is, for which agency, by when, and a link straight to it in
 * Tasklist. A template engine of its own, so that the plain-text template is read as text.
 */
@Component
class NoticeMails {

  private static final String TEMPLATE = "task-notice";
  private static final String NOTICE_TEMPLATE = "plan-notice";
  private static final String DIGEST_TEMPLATE = "digest";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final NotificationProperties properties;
  private final DueDates dueDates;
  private final SpringTemplateEngine templates = new SpringTemplateEngine();

  NoticeMails(NotificationProperties properties, DueDates dueDates) {
    this.properties = properties;
    this.dueDates = dueDates;
    templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
    templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
  }

  RenderedMail render(TaskNotice notice) {
    Context context = new Context();
    String template = notice.kind() == NoticeKind.NOTICE ? NOTICE_TEMPLATE : TEMPLATE;
    context.setVariable("documentsUrl", notice.documentsPath() == null ? null : base() + notice.documentsPath());
    context.setVariable("linksTask", notice.due() != null);
    context.setVariable("notice", notice);
    context.setVariable("reminder", notice.kind() == NoticeKind.REMINDER);
    context.setVariable("due", notice.due() == null ? "—" : dueDates.format(notice.due()));
    context.setVariable("timing", timing(notice));
    context.setVariable("agency", notice.agencyName() == null || notice.agencyName().isBlank()
        ? notice.agencyId() : notice.agencyName());
    context.setVariable("taskUrl", taskUrl(notice.taskId()));
    context.setVariable("settingsUrl", settingsUrl());
    return new RenderedMail(subject(notice),
        templates.process(template + ".txt", context), templates.process(template + ".html", context));
  }

  /** {@code [Nhắc hạn] <task> – <plan>}, {@code [Quá hạn] …} or {@code [Thông báo] …}. */
  static String subject(TaskNotice notice) {
    String kind = switch (notice.kind()) {
      case REMINDER -> "[Nhắc hạn] ";
      case ESCALATION -> "[Quá hạn] ";
      case NOTICE -> "[Thông báo] ";
      case DIGEST -> "[Tổng hợp] ";
    };
    String plan = notice.planTitle() == null || notice.planTitle().isBlank() ? "" : " – " + notice.planTitle();
    return kind + Objects.toString(notice.taskName(), "") + plan;
  }

  /**
   * The daily digest of one official, from {@code templates/mail/digest.html} and {@code .txt}:
   * "[Tổng hợp] Công việc sắp đến hạn và quá hạn ngày dd/MM/yyyy".
   */
  RenderedMail render(Digest digest) {
    Context context = new Context();
    String day = DAY.format(digest.day());
    context.setVariable("digest", digest);
    context.setVariable("day", day);
    context.setVariable("settingsUrl", settingsUrl());
    return new RenderedMail("[Tổng hợp] Công việc sắp đến hạn và quá hạn ngày " + day,
        templates.process(DIGEST_TEMPLATE + ".txt", context), templates.process(DIGEST_TEMPLATE + ".html", context));
  }

  /** The official's mail settings page ({@code /ca-nhan/thong-bao}), which every deadline mail links. */
  String settingsUrl() {
    return base() + MailSettingsPage.PATH;
  }

  private String base() {
    return properties.publicUrl().replaceAll("/+$", "");
  }

  String taskUrl(String taskId) {
    return base() + "/camunda/app/tasklist/default/#/?task=" + UriUtils.encodeQueryParam(taskId, StandardCharsets.UTF_8);
  }

  private static String timing(TaskNotice notice) {
    int days = notice.workingDays();
    if (notice.kind() == NoticeKind.REMINDER) {
      return days > 0 ? "còn " + days + " ngày làm việc" : "hạn hoàn thành là hôm nay";
    }
    return days > 0 ? "đã quá hạn " + days + " ngày làm việc" : "đã quá hạn";
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of("*" + suffix));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** A written mail: its subject, its plain-text and its HTML body. */
  record RenderedMail(String subject, String text, String html) {
  }
}
