package vn.planflow.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.planflow.agency.OfficialResolver;

/**
 * Who may read the mail pages: members of {@code camunda-admin}, logged into the Camunda webapps
 * or giving HTTP Basic credentials.
 */
@Component
class AdminAccess {

  static final String LOGIN_NEEDED = "Cần đăng nhập bằng tài khoản quản trị để xem trang này.";
  static final String ADMINS_ONLY = "Chỉ quản trị viên hệ thống (nhóm camunda-admin) mới được xem thư và nhật ký thông báo.";

  enum Verdict { ADMIN, UNAUTHENTICATED, FORBIDDEN }

  private final OfficialResolver officials;

  AdminAccess(OfficialResolver officials) {
    this.officials = officials;
  }

  Verdict of(HttpServletRequest request) {
    return officials.resolve(request)
        .map(official -> official.isAdmin() ? Verdict.ADMIN : Verdict.FORBIDDEN)
        .orElse(Verdict.UNAUTHENTICATED);
  }
}
