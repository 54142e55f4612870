package vn.planflow.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications[?status=PENDING|FAILED|SENDING|SENT|UNDELIVERABLE]}: the
 * notification log as JSON, newest first, for admins. HTTP Basic is checked by the {@code /api}
 * filter before this runs.
 */
@RestController
class NotificationApi {

  private final AdminAccess access;
  private final NotificationLog log;

  NotificationApi(AdminAccess access, NotificationLog log) {
    this.access = access;
    this.log = log;
  }

  @GetMapping("/api/notifications")
  ResponseEntity<?> list(@RequestParam(required = false) String status, HttpServletRequest request) {
    AdminAccess.Verdict verdict = access.of(request);
    if (verdict == AdminAccess.Verdict.UNAUTHENTICATED) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", AdminAccess.LOGIN_NEEDED));
    }
    if (verdict == AdminAccess.Verdict.FORBIDDEN) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", AdminAccess.ADMINS_ONLY));
    }
    Optional<String> filter;
    try {
      filter = NotificationLog.status(status);
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("message",
          "Trạng thái \"" + status + "\" không hợp lệ; dùng một trong " + NotificationLog.STATUSES + "."));
    }
    return ResponseEntity.ok(log.list(filter));
  }
}
