package vn.planflow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables of {@code db/planflow-review.sql}: the drafts' versions, the comments and their
 * answers, the agencies' responses. Written inside the engine's transaction (the same data
 * source), so that a refused completion leaves nothing behind.
 */
@Repository
class ReviewStore {

  /** One stored version of a draft. */
  record Version(long id, String planId, DraftKind kind, int version, String title, String fileName,
      String attachmentId, String taskId, String stage, List<DraftSection> sections, Instant createdAt) {
  }

  /** An agency's answer to the request for comments. */
  record Response(String agencyId, String agencyName, boolean agreed, Instant answeredAt) {
  }

  private static final TypeReference<List<DraftSection>> SECTIONS = new TypeReference<>() {
  };

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  ReviewStore(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  boolean hasVersionOf(String attachmentId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM pf_draft_version WHERE attachment_id = ?", Integer.class,
        attachmentId) > 0;
  }

  /** Stores {@code draft} as the next version of its kind in the plan; its number. */
  int addVersion(String planId, Draft draft, String fileName, String attachmentId, String taskId, String stage,
      Instant at) {
    Integer last = jdbc.queryForObject("SELECT MAX(version) FROM pf_draft_version WHERE plan_instance_id = ? AND kind = ?",
        Integer.class, planId, draft.kind().id());
    int version = last == null ? 1 : last + 1;
    jdbc.update("INSERT INTO pf_draft_version (plan_instance_id, kind, version, title, file_name, attachment_id, task_id,"
        + " stage, sections, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", planId, draft.kind().id(), version,
        draft.title(), fileName, attachmentId, taskId, stage, write(draft.sections()), at.atOffset(ZoneOffset.UTC));
    return version;
  }

  /** A plan's versions, by kind then number. */
  List<Version> versions(String planId) {
    return jdbc.query("SELECT id, plan_instance_id, kind, version, title, file_name, attachment_id, task_id, stage,"
        + " sections, created_at FROM pf_draft_version WHERE plan_instance_id = ? ORDER BY kind, version",
        this::version, planId);
  }

  Optional<Version> version(String planId, DraftKind kind, int number) {
    return jdbc.query("SELECT id, plan_instance_id, kind, version, title, file_name, attachment_id, task_id, stage,"
        + " sections, created_at FROM pf_draft_version WHERE plan_instance_id = ? AND kind = ? AND version = ?",
        this::version, planId, kind.id(), number).stream().findFirst();
  }

  long addComment(String planId, CommentSource source, String agencyId, String agencyName, String sectionKey,
      String sectionLabel, String content, String proposal, String taskId, Instant at) {
    jdbc.update("INSERT INTO pf_draft_comment (plan_instance_id, source, agency_id, agency_name, section_key,"
        + " section_label, content, proposal, task_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", planId,
        source.name(), agencyId, agencyName, sectionKey, sectionLabel, content, proposal, taskId,
        at.atOffset(ZoneOffset.UTC));
    return jdbc.queryForObject("SELECT MAX(id) FROM pf_draft_comment WHERE task_id = ?", Long.class, taskId);
  }

  /** A plan's comments in the order they came. */
  List<DraftComment> comments(String planId) {
    return jdbc.query("SELECT id, plan_instance_id, source, agency_id, agency_name, section_key, section_label, content,"
        + " proposal, task_id, created_at, decision, answer, answered_by, answered_at FROM pf_draft_comment"
        + " WHERE plan_instance_id = ? ORDER BY id", (rs, row) -> new DraftComment(rs.getLong(1), rs.getString(2),
        CommentSource.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getString(8), rs.getString(9), rs.getString(10), instant(rs, 11),
        rs.getString(12) == null ? null : Decision.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14),
        instant(rs, 15)), planId);
  }

  void answer(long commentId, Decision decision, String answer, String userId, String taskId, Instant at) {
    jdbc.update("UPDATE pf_draft_comment SET decision = ?, answer = ?, answered_by = ?, answer_task_id = ?,"
        + " answered_at = ? WHERE id = ?", decision.name(), answer, userId, taskId, at.atOffset(ZoneOffset.UTC),
        commentId);
  }

  void respond(String planId, String agencyId, String agencyName, boolean agreed, String taskId, Instant at) {
    jdbc.update("DELETE FROM pf_draft_response WHERE plan_instance_id = ? AND agency_id = ?", planId, agencyId);
    jdbc.update("INSERT INTO pf_draft_response (plan_instance_id, agency_id, agency_name, agreed, task_id, answered_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", planId, agencyId, agencyName, agreed, taskId, at.atOffset(ZoneOffset.UTC));
  }

  List<Response> responses(String planId) {
    return jdbc.query("SELECT agency_id, agency_name, agreed, answered_at FROM pf_draft_response"
        + " WHERE plan_instance_id = ? ORDER BY answered_at", (rs, row) -> new Response(rs.getString(1),
        rs.getString(2), rs.getBoolean(3), instant(rs, 4)), planId);
  }

  private Version version(ResultSet rs, int row) throws SQLException {
    try {
      return new Version(rs.getLong(1), rs.getString(2), DraftReview.kind(rs.getString(3)).orElseThrow(), rs.getInt(4),
          rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
          json.readValue(rs.getString(10), SECTIONS), instant(rs, 11));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("pf_draft_version " + rs.getLong(1) + ": unreadable sections", e);
    }
  }

  private String write(List<DraftSection> sections) {
    try {
      return json.writeValueAsString(sections);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
