package vn.planflow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.spin.Spin;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.planflow.engine.Completions;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.refusal.InputRefusedException;

/**
 * Comments on a plan's drafts, point by point, and the lead's answer to each: what the forms of
 * the drafting tasks show and what their completions record. The drafts are the .docx files the
 * lead attaches (each a new version of its kind, kept); an agency comments on named sections of the
 * latest versions; the lead answers every comment, taken up or explained, and cannot finish while
 * one it was shown is unanswered. Process-agnostic: the drafting process says which task does what.
 */
@Service
public class DraftReview {

  /** The section key of a comment on the whole draft. */
  public static final String WHOLE = "chung";
  public static final String WHOLE_LABEL = "Chung (toàn bộ dự thảo)";
  /** Task-local, for the comment form's section choices: [{label, value}], the whole draft first. */
  public static final String SECTIONS = "draftSections";
  /** Task-local, the agency's comments: [{section, content, proposal}]. */
  public static final String COMMENTS = "comments";
  /** Task-local, the agency agrees with the draft (one click). */
  public static final String AGREES = "agrees";
  /** Task-local, the comments the lead answers: [{number, source, section, content, proposal, decision, answer}]. */
  public static final String ANSWERS = "commentAnswers";
  /** Task-local, not in any form: the numbers of the comments the lead's form listed. */
  static final String ANSWERS_LISTED = "commentAnswersListed";
  /** Task-local, the workshop's or Ministry's points with their answers: [{section, content, proposal, decision, answer}]. */
  public static final String SOURCE_COMMENTS = "sourceComments";
  /** Task-local, the answer table's counts in words, for the decision forms. */
  public static final String TABLE_TEXT = "commentTableText";
  /** Task-local, the answer table's page. */
  public static final String TABLE_URL = "commentTableUrl";

  /**
   * Whether the engine stores Json variables (Spin's Jackson data format, in every build but
   * Operaton's served-only one): without it the forms' lists are not prepared, and agencies comment
   * with the contract's single {@code comment}.
   */
  private static final boolean JSON_VARIABLES = jsonVariables();

  private static boolean jsonVariables() {
    try {
      Spin.JSON("[]");
      return true;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private final ReviewStore store;
  private final TaskService taskService;
  private final ObjectMapper json;

  DraftReview(ReviewStore store, @Lazy TaskService taskService, ObjectMapper json) {
    this.store = store;
    this.taskService = taskService;
    this.json = json;
  }

  /** The kind of draft whose id (nghi-quyet, ke-hoach, van-ban) is {@code id}. */
  public static Optional<DraftKind> kind(String id) {
    return java.util.Arrays.stream(DraftKind.values()).filter(kind -> kind.id().equals(id)).findFirst();
  }

  /** The answer table's page for a plan. */
  public static String tableUrl(String planId) {
    return "/tai-lieu/" + planId + "/y-kien";
  }

  // ---- drafts

  /**
   * Every .docx attached to {@code task} becomes a new version of its draft, read into sections;
   * one that cannot be read refuses the completion.
   *
   * @return the number of versions stored
   */
  public int readDrafts(DelegateTask task, String planId, String stage) {
    List<Attachment> attachments = EngineIdentity.withoutAuthorization(() -> taskService.getTaskAttachments(task.getId()));
    int stored = 0;
    for (Attachment attachment : attachments.stream().sorted(Comparator.comparing(Attachment::getId)).toList()) {
      if (!attachment.getName().toLowerCase(Locale.ROOT).endsWith(".docx") || store.hasVersionOf(attachment.getId())) {
        continue;
      }
      Draft draft;
      try (InputStream content = EngineIdentity.withoutAuthorization(
          () -> taskService.getTaskAttachmentContent(task.getId(), attachment.getId()))) {
        draft = DraftReader.read(content);
      } catch (DraftUnreadableException e) {
        throw new InputRefusedException("Tệp \"" + attachment.getName() + "\": " + e.getMessage());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      store.addVersion(planId, draft, attachment.getName(), attachment.getId(), task.getId(), stage, now());
      stored++;
    }
    return stored;
  }

  /** The plan's latest version of each draft. */
  List<ReviewStore.Version> latestDrafts(String planId) {
    Map<DraftKind, ReviewStore.Version> latest = new LinkedHashMap<>();
    store.versions(planId).forEach(version -> latest.put(version.kind(), version));
    return List.copyOf(latest.values());
  }

  /** Section key → label, the whole draft first, then every section of the latest drafts. */
  Map<String, String> sectionChoices(String planId) {
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put(DraftReview.WHOLE, DraftReview.WHOLE_LABEL);
    List<ReviewStore.Version> drafts = latestDrafts(planId);
    for (ReviewStore.Version draft : drafts) {
      String prefix = drafts.size() > 1 ? draft.kind().label() + ": " : "";
      if (drafts.size() > 1) {
        choices.put(draft.kind().id(), draft.kind().label() + " (chung)");
      }
      for (DraftSection section : draft.sections()) {
        choices.put(drafts.size() > 1 ? draft.kind().id() + ":" + section.key() : section.key(),
            prefix + section.label() + " – " + shorten(section.heading(), 80));
      }
    }
    return choices;
  }

  // ---- an agency's comments

  /** On create of an agency's comment task: the sections to choose from and one empty comment. */
  public void prepareComments(DelegateTask task, String planId) {
    if (!JSON_VARIABLES) {
      return;
    }
    task.setVariableLocal(SECTIONS, choicesJson(planId));
    ArrayNode first = json.createArrayNode();
    first.addObject().put("section", DraftReview.WHOLE);
    task.setVariableLocal(COMMENTS, Spin.JSON(first.toString()));
    task.setVariableLocal(AGREES, false);
  }

  /**
   * On complete of an agency's comment task: its comments, each on a section of the drafts, or its
   * agreement; {@code plainComment} (the contract's {@code comment}) counts as a comment on the
   * whole draft.
   */
  public void recordComments(DelegateTask task, String planId, String agencyId, String agencyName, Object plainComment) {
    boolean agrees = Boolean.TRUE.equals(submitted(task, AGREES));
    Map<String, String> sections = sectionChoices(planId);
    List<String> problems = new ArrayList<>();
    List<String[]> comments = new ArrayList<>();
    if (!agrees) {
      int number = 0;
      for (JsonNode item : items(submitted(task, COMMENTS))) {
        number++;
        String content = text(item, "content");
        String proposal = text(item, "proposal");
        String section = text(item, "section");
        if (content.isEmpty() && proposal.isEmpty()) {
          continue; // an empty row left in the list
        }
        if (content.isEmpty()) {
          problems.add("Ý kiến số " + number + ": hãy ghi nội dung góp ý, không chỉ đề xuất câu chữ.");
        }
        if (section.isEmpty()) {
          section = DraftReview.WHOLE;
        }
        if (!sections.containsKey(section)) {
          problems.add("Ý kiến số " + number + ": không có mục \"" + section + "\" trong dự thảo hiện hành.");
          continue;
        }
        comments.add(new String[] {section, sections.get(section), content, proposal.isEmpty() ? null : proposal});
      }
    }
    if (plainComment != null && !plainComment.toString().isBlank()) {
      comments.add(new String[] {DraftReview.WHOLE, DraftReview.WHOLE_LABEL, plainComment.toString().strip(), null});
    }
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems) + " Không có gì được ghi nhận.");
    }
    if (agrees && !comments.isEmpty()) {
      throw new InputRefusedException("Đơn vị vừa chọn \"Thống nhất với dự thảo\" vừa có ý kiến góp ý: hãy bỏ chọn "
          + "ô thống nhất, hoặc xóa ý kiến. Không có gì được ghi nhận.");
    }
    Instant now = now();
    for (String[] comment : comments) {
      store.addComment(planId, CommentSource.AGENCY, agencyId, agencyName, comment[0], comment[1], comment[2],
          comment[3], task.getId(), now);
    }
    store.respond(planId, agencyId, agencyName, comments.isEmpty(), task.getId(), now);
  }

  // ---- the lead's answers

  /** On create of a lead task that answers comments: every comment not yet answered, by section. */
  public void prepareAnswers(DelegateTask task, String planId) {
    if (!JSON_VARIABLES) {
      return;
    }
    ArrayNode list = json.createArrayNode();
    List<DraftComment> open = unanswered(planId);
    for (DraftComment comment : open) {
      ObjectNode item = list.addObject();
      item.put("number", comment.id());
      item.put("source", comment.agencyName());
      item.put("section", comment.sectionLabel());
      item.put("content", comment.content());
      item.put("proposal", comment.proposal() == null ? "" : comment.proposal());
    }
    task.setVariableLocal(ANSWERS, Spin.JSON(list.toString()));
    task.setVariableLocal(ANSWERS_LISTED, String.join(",", open.stream()
        .map(comment -> String.valueOf(comment.id())).toList()));
  }

  /** The comments not yet answered, grouped by section (the whole draft first), then in the order they came. */
  public List<DraftComment> unanswered(String planId) {
    return ordered(planId).stream().filter(comment -> !comment.answered()).toList();
  }

  /** Every comment, grouped by section in the drafts' order (the whole draft first), then in the order they came. */
  public List<DraftComment> ordered(String planId) {
    List<String> order = new ArrayList<>(sectionChoices(planId).keySet());
    return store.comments(planId).stream()
        .sorted(Comparator.comparingInt((DraftComment comment) -> {
          int at = order.indexOf(comment.sectionKey());
          return at < 0 ? order.size() : at;
        }).thenComparingLong(DraftComment::id))
        .toList();
  }

  /**
   * On complete of a lead task: the answers to the comments its form listed; refused while any of
   * them is unanswered, or when an answer names a comment that is not open in this plan. A
   * completion through the API that sends no answers at all (the contract's {@code
   * consolidateComments} asks for nothing) leaves the comments open, for the lead's next task and
   * as "chưa trả lời" in the table.
   */
  public void recordAnswers(DelegateTask task, String planId, String userId) {
    Object listed = submitted(task, ANSWERS);
    if (task.getVariableLocal(ANSWERS_LISTED) == null) {
      return; // a task created before this release: its form listed nothing
    }
    if (!Completions.throughForm() && !Completions.sent(ANSWERS)) {
      return;
    }
    Map<Long, DraftComment> open = new HashMap<>();
    unanswered(planId).forEach(comment -> open.put(comment.id(), comment));
    Map<Long, String[]> answers = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode item : items(listed)) {
      long number = item.path("number").asLong(-1);
      if (!open.containsKey(number)) {
        problems.add("Không có ý kiến số " + item.path("number").asText() + " đang chờ trả lời trong kế hoạch này.");
        continue;
      }
      Optional<Decision> decision = Decision.of(text(item, "decision"));
      String answer = text(item, "answer");
      if (decision.isEmpty() || answer.isEmpty()) {
        problems.add("Ý kiến số " + number + " (" + open.get(number).agencyName() + ", " + open.get(number).sectionLabel()
            + ") chưa được trả lời: chọn tiếp thu hoặc giải trình và ghi nội dung.");
        continue;
      }
      answers.put(number, new String[] {decision.get().name(), answer});
    }
    List<Long> sentIds = new ArrayList<>();
    items(listed).forEach(item -> sentIds.add(item.path("number").asLong(-1)));
    listedIds(task).stream().filter(id -> open.containsKey(id) && !sentIds.contains(id)).sorted()
        .forEach(id -> problems.add("Ý kiến số " + id + " (" + open.get(id).agencyName() + ", "
            + open.get(id).sectionLabel() + ") chưa được trả lời."));
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems) + " Chưa thể hoàn thành: mọi ý kiến phải được "
          + "tiếp thu hoặc giải trình.");
    }
    Instant now = now();
    answers.forEach((id, answer) -> store.answer(id, Decision.valueOf(answer[0]), answer[1], userId, task.getId(), now));
  }

  /** The comments the task's form listed when it was created (the submitted list may have lost some). */
  private static List<Long> listedIds(DelegateTask task) {
    Object listed = task.getVariableLocal(ANSWERS_LISTED);
    if (listed == null || listed.toString().isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(listed.toString().split(",")).map(Long::valueOf).toList();
  }

  // ---- the workshop's and the Ministry's points

  /** On create of the workshop or Ministry task: the sections to choose from, no point yet. */
  public void prepareSourceComments(DelegateTask task, String planId) {
    if (!JSON_VARIABLES) {
      return;
    }
    task.setVariableLocal(SECTIONS, choicesJson(planId));
    task.setVariableLocal(SOURCE_COMMENTS, Spin.JSON("[]"));
  }

  /**
   * On complete of the workshop or Ministry task: each point entered, with the lead's answer;
   * without any, the whole text ({@code summary}) is one comment on the whole draft, to be answered
   * in the lead's next task.
   */
  public void recordSourceComments(DelegateTask task, String planId, CommentSource source, String sourceName,
      Object summary, String userId) {
    Map<String, String> sections = sectionChoices(planId);
    List<String> problems = new ArrayList<>();
    Instant now = now();
    int number = 0;
    int recorded = 0;
    for (JsonNode item : items(submitted(task, SOURCE_COMMENTS))) {
      number++;
      String content = text(item, "content");
      if (content.isEmpty()) {
        continue;
      }
      String section = text(item, "section").isEmpty() ? DraftReview.WHOLE : text(item, "section");
      Optional<Decision> decision = Decision.of(text(item, "decision"));
      String answer = text(item, "answer");
      if (!sections.containsKey(section)) {
        problems.add("Ý kiến số " + number + ": không có mục \"" + section + "\" trong dự thảo hiện hành.");
      } else if (decision.isEmpty() || answer.isEmpty()) {
        problems.add("Ý kiến số " + number + " chưa được trả lời: chọn tiếp thu hoặc giải trình và ghi nội dung.");
      } else {
        String proposal = text(item, "proposal");
        long id = store.addComment(planId, source, null, sourceName, section, sections.get(section), content,
            proposal.isEmpty() ? null : proposal, task.getId(), now);
        store.answer(id, decision.get(), answer, userId, task.getId(), now);
        recorded++;
      }
    }
    if (!problems.isEmpty()) {
      throw new InputRefusedException(String.join(" ", problems) + " Không có gì được ghi nhận.");
    }
    if (recorded == 0 && summary != null && !summary.toString().isBlank()) {
      store.addComment(planId, source, null, sourceName, DraftReview.WHOLE, DraftReview.WHOLE_LABEL, summary.toString().strip(),
          null, task.getId(), now);
    }
  }

  // ---- the table

  /** The answer table's counts: comments, taken up, explained, not yet answered. */
  public record Counts(int comments, int takenUp, int explained, int unanswered) {

    /** The counts of these answers, one per comment (null: not answered yet). */
    static Counts of(List<Decision> decisions) {
      int takenUp = (int) decisions.stream().filter(decision -> decision == Decision.TAKEN_UP).count();
      int explained = (int) decisions.stream().filter(decision -> decision == Decision.EXPLAINED).count();
      return new Counts(decisions.size(), takenUp, explained, decisions.size() - takenUp - explained);
    }

    /** As the decision forms show it. */
    public String inWords() {
      return comments + " ý kiến góp ý: " + takenUp + " tiếp thu, " + explained + " giải trình"
          + (unanswered > 0 ? ", " + unanswered + " chưa trả lời" : "") + ".";
    }
  }

  public Counts counts(String planId) {
    return Counts.of(store.comments(planId).stream().map(DraftComment::decision).toList());
  }


  /** On create of a decision task: the table's counts and where it is. */
  public void prepareDecision(DelegateTask task, String planId) {
    task.setVariableLocal(TABLE_TEXT, counts(planId).inWords());
    task.setVariableLocal(TABLE_URL, tableUrl(planId));
  }

  // ---- helpers

  /**
   * What the completion sent as {@code name}: Tasklist's form submission sets the task's own
   * (local) variable, which the task's creation prepared; a completion through the API sets it on
   * the execution, where it is read once and removed, so that it neither lingers in the process
   * nor shadows the next task's list.
   */
  private static Object submitted(DelegateTask task, String name) {
    if (!Completions.throughForm() && Completions.sent(name)) {
      Object sent = task.getExecution().getVariable(name);
      task.getExecution().removeVariable(name);
      return sent;
    }
    return task.getVariableLocal(name);
  }

  private Object choicesJson(String planId) {
    ArrayNode choices = json.createArrayNode();
    sectionChoices(planId).forEach((key, label) -> choices.addObject().put("label", label).put("value", key));
    return Spin.JSON(choices.toString());
  }

  private Iterable<JsonNode> items(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      JsonNode node = json.readTree(value.toString());
      return node.isArray() ? node : List.of();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputRefusedException("Danh sách ý kiến gửi lên không đọc được (không phải JSON).");
    }
  }

  private static String text(JsonNode item, String field) {
    JsonNode value = item.path(field);
    return value.isValueNode() ? value.asText("").strip() : "";
  }

  private static String shorten(String text, int max) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  private static Instant now() {
    return EngineClock.instant();
  }
}
