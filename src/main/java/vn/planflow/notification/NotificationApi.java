package vn.planflow.notification;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications[?status=PENDING|FAILED|SENDING|SENT|UNDELIVERABLE]}: the
 * notification log as JSON, newest first, for admins. Only administrators reach it (the {@code /api}
 * filter chain).
 */
@RestController
class NotificationApi {

  private final NotificationLog log;

  NotificationApi(NotificationLog log) {
    this.log = log;
  }

  @GetMapping("/api/notifications")
  ResponseEntity<?> list(@RequestParam(required = false) String status) {
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
