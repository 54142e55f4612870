package vn.planflow.review;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.planflow.web.Official;

/**
 * {@code GET /api/plans/{id}/comments} (JSON) and {@code …/comments.docx}: a drafting plan's
 * comments and the lead's answers, with the drafts' versions; administrators, the lead and the
 * decision bodies read everything, a surveyed agency its own comments (JSON only).
 */
@RestController
class ReviewApi {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final CommentTables tables;
  private final ReviewAccess access;
  private final ReviewStore store;

  ReviewApi(CommentTables tables, ReviewAccess access, ReviewStore store) {
    this.tables = tables;
    this.access = access;
    this.store = store;
  }

  @GetMapping(path = "/api/plans/{planId}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> comments(@PathVariable String planId, Official official) {
    var table = tables.forRequest(planId);
    if (table.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "Không có kế hoạch " + planId + ".");
    }
    ReviewAccess.Reach reach = access.of(official, planId);
    if (reach == ReviewAccess.Reach.NONE) {
      return error(HttpStatus.FORBIDDEN, "Đơn vị của bạn không tham gia kế hoạch này.");
    }
    CommentTable shown = access.narrowed(table.get(), official, reach);
    List<Map<String, Object>> drafts = store.versions(planId).stream().map(version -> Map.<String, Object>of(
        "kind", version.kind().id(), "version", version.version(), "title", version.title(),
        "fileName", version.fileName(), "stage", version.stage(), "createdAt", version.createdAt().toString(),
        "sections", version.sections().size())).toList();
    return ResponseEntity.ok(Map.of("planId", planId, "planTitle", shown.planTitle(), "lead", shown.leadName(),
        "counts", Map.of("comments", shown.counts().comments(), "takenUp", shown.counts().takenUp(),
            "explained", shown.counts().explained(), "unanswered", shown.counts().unanswered()),
        "sections", shown.sections().stream().map(section -> Map.of("key", section.key(), "label", section.label(),
            "comments", section.rows().stream().map(ReviewApi::row).toList())).toList(),
        "agreed", shown.agreed(), "late", shown.late(), "drafts", drafts));
  }

  @GetMapping("/api/plans/{planId}/comments.docx")
  ResponseEntity<?> document(@PathVariable String planId, Official official) {
    Optional<CommentTable> table = tables.forRequest(planId);
    if (table.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "Không có kế hoạch " + planId + ".");
    }
    if (access.of(official, planId) != ReviewAccess.Reach.ALL) {
      return error(HttpStatus.FORBIDDEN, "Chỉ cơ quan chủ trì, các cơ quan xem xét hồ sơ và quản trị viên tải được "
          + "bảng tổng hợp; đơn vị góp ý xem ý kiến của mình tại /api/plans/" + planId + "/comments.");
    }
    return docx(AnswerTableDocument.write(table.get()));
  }

  static ResponseEntity<byte[]> docx(byte[] document) {
    return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
        .attachment().filename(CommentTables.FILE_NAME, StandardCharsets.UTF_8).build().toString()).body(document);
  }

  private static Map<String, Object> row(CommentTable.Row row) {
    java.util.LinkedHashMap<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("number", row.number());
    json.put("id", row.commentId());
    json.put("agencyId", row.agencyId());
    json.put("source", row.source());
    json.put("content", row.content());
    json.put("proposal", row.proposal());
    json.put("decision", row.decision() == null ? null : row.decision().id());
    json.put("answer", row.answer());
    return json;
  }

  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", message));
  }
}
