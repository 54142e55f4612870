package vn.planflow.review;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * The answer table of a drafting plan ({@code /tai-lieu/{planId}/y-kien}, its .docx beside it) and
 * the comparison of two versions of a draft, section by section ({@code
 * /tai-lieu/{planId}/du-thao/{kind}?tu=1&den=2}): opened from the lead's and the decision bodies'
 * forms, in the same session as Tasklist.
 */
@Controller
class ReviewPages {

  /** A version as the page lists it. */
  record VersionLine(int version, String stage, String fileName, String createdAt, int sections) {
  }

  private final CommentTables tables;
  private final ReviewAccess access;
  private final ReviewStore store;
  private final DueDates dueDates;

  ReviewPages(CommentTables tables, ReviewAccess access, ReviewStore store, DueDates dueDates) {
    this.tables = tables;
    this.access = access;
    this.store = store;
    this.dueDates = dueDates;
  }

  @GetMapping("/tai-lieu/{planId}/y-kien")
  String table(@PathVariable String planId, Official official, Model model, HttpServletResponse response) {
    Optional<CommentTable> table = tables.forRequest(planId);
    ReviewAccess.Reach reach = table.isEmpty() ? ReviewAccess.Reach.NONE : access.of(official, planId);
    if (reach == ReviewAccess.Reach.NONE) {
      response.setStatus(table.isEmpty() ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", table.isEmpty() ? "Không có kế hoạch này."
          : "Đơn vị của bạn không tham gia kế hoạch này nên không xem được ý kiến góp ý của nó.");
      return "documents-denied";
    }
    model.addAttribute("table", access.narrowed(table.get(), official, reach));
    model.addAttribute("whole", reach == ReviewAccess.Reach.ALL);
    model.addAttribute("date", dueDates.format(java.sql.Date.valueOf(table.get().date())));
    model.addAttribute("drafts", versions(planId));
    return "review-table";
  }

  @GetMapping("/tai-lieu/{planId}/y-kien.docx")
  ResponseEntity<?> document(@PathVariable String planId, Official official) {
    Optional<CommentTable> table = tables.forRequest(planId);
    if (table.isEmpty() || access.of(official, planId) != ReviewAccess.Reach.ALL) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Bạn không tải được bảng tổng hợp của kế hoạch này.");
    }
    return ReviewApi.docx(AnswerTableDocument.write(table.get()));
  }

  @GetMapping("/tai-lieu/{planId}/du-thao/{kind}")
  String compare(@PathVariable String planId, @PathVariable String kind, @RequestParam(name = "tu", required = false)
      Integer from, @RequestParam(name = "den", required = false) Integer to, Official official, Model model,
      HttpServletResponse response) {
    Optional<DraftKind> draftKind = DraftReview.kind(kind);
    // an unknown plan has no versions: the page below answers 404 for it
    if (draftKind.isEmpty() || access.of(official, planId) == ReviewAccess.Reach.NONE) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("message", "Không có dự thảo này, hoặc đơn vị của bạn không tham gia kế hoạch.");
      return "documents-denied";
    }
    List<VersionLine> versions = versions(planId).getOrDefault(draftKind.get(), List.of());
    int last = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
    int toVersion = to == null ? last : to;
    int fromVersion = from == null ? Math.max(1, toVersion - 1) : from;
    Optional<ReviewStore.Version> before = store.version(planId, draftKind.get(), fromVersion);
    Optional<ReviewStore.Version> after = store.version(planId, draftKind.get(), toVersion);
    model.addAttribute("planId", planId);
    model.addAttribute("kind", draftKind.get());
    model.addAttribute("versions", versions);
    model.addAttribute("from", fromVersion);
    model.addAttribute("to", toVersion);
    if (before.isEmpty() || after.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("error", "Dự thảo chưa có phiên bản " + (before.isEmpty() ? fromVersion : toVersion) + ".");
      model.addAttribute("changes", List.of());
      return "review-compare";
    }
    List<DraftComparison.SectionChange> changes = DraftComparison.compare(
        new Draft(before.get().title(), draftKind.get(), before.get().sections()),
        new Draft(after.get().title(), draftKind.get(), after.get().sections()));
    model.addAttribute("changes", changes);
    model.addAttribute("changed", changes.stream().filter(change -> change.change() != DraftComparison.Change.UNCHANGED)
        .count());
    return "review-compare";
  }

  /** Each draft's versions. */
  private Map<DraftKind, List<VersionLine>> versions(String planId) {
    return store.versions(planId).stream().collect(Collectors.groupingBy(ReviewStore.Version::kind,
        java.util.LinkedHashMap::new, Collectors.mapping(version -> new VersionLine(version.version(), version.stage(),
            version.fileName(), dueDates.formatMoment(version.createdAt()), version.sections().size()),
            Collectors.toList())));
  }
}
