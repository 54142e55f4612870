package vn.planflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answers to a request refused by the security filter chain, in Vietnamese: a page for our
 * pages, JSON for the APIs. A missing login also gets an HTTP Basic challenge.
 */
@Component
class Refusals {

  static final String LOGIN_NEEDED = "Cần đăng nhập: hãy đăng nhập vào Tasklist (hoặc gửi tài khoản bằng HTTP Basic) rồi mở lại trang này.";
  static final String ADMINS_ONLY = "Chỉ quản trị viên hệ thống (nhóm camunda-admin) mới được dùng chức năng này.";
  static final String FORM_EXPIRED = "Biểu mẫu đã hết hạn hoặc không được gửi từ chính trang này: hãy tải lại trang rồi gửi lại.";
  static final String CHALLENGE = "Basic realm=\"Planflow\", charset=\"UTF-8\"";

  private final TemplateEngine templates;
  private final ObjectMapper json;

  Refusals(TemplateEngine templates, ObjectMapper json) {
    this.templates = templates;
    this.json = json;
  }

  AuthenticationEntryPoint pageLogin() {
    return (request, response, e) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
      page(request, response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập", LOGIN_NEEDED);
    };
  }

  AccessDeniedHandler pageDenied() {
    return (request, response, e) -> {
      if (e instanceof CsrfException) {
        page(request, response, HttpStatus.FORBIDDEN, "Biểu mẫu không hợp lệ", FORM_EXPIRED);
      } else {
        page(request, response, HttpStatus.FORBIDDEN, "Không có quyền truy cập", ADMINS_ONLY);
      }
    };
  }

  AuthenticationEntryPoint apiLogin() {
    return (request, response, e) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
      json(response, HttpStatus.UNAUTHORIZED, LOGIN_NEEDED);
    };
  }

  AccessDeniedHandler apiDenied() {
    return (request, response, e) -> json(response, HttpStatus.FORBIDDEN, ADMINS_ONLY);
  }

  private void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
        .buildExchange(request, response));
    context.setVariable("title", title);
    context.setVariable("message", message);
    templates.process("admin-denied", context, response.getWriter());
  }

  private void json(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getWriter(), Map.of("message", message));
  }
}
