package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.review.AnswerTableDocument;
import vn.planflow.review.CommentTables;
import vn.planflow.review.DocxDrafts;
import vn.planflow.review.DraftReview;

/**
 * The comments on the draft, point by point: the lead's .docx read into sections, three agencies
 * asked (one comments on named sections, one agrees, one is late), the lead answers every comment
 * and cannot finish without, the workshop's and the Ministry's points, the answer table exported
 * and read back cell by cell, and a revise loop producing a second version to compare.
 */
@PlanflowTest
class DraftCommentsTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void commentsOnNamedSectionsAreAnsweredOneByOneAndMakeTheTableTheDecisionBodiesOpen() throws Exception {
    ClockUtil.setCurrentTime(at(2026, 3, 2));
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong,so-tu-phap",
        Vars.TITLE, "Kế hoạch chuyển đổi số 2026")).surveyed();
    String planId = plan.instance.getId();

    // the lead's draft, a real .docx, becomes version 1 with its sections
    attach(plan.single(Tasks.DRAFT_DOCUMENTS), "du-thao-nghi-quyet.docx", DocxDrafts.resolutionV1());
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo Nghị quyết, bản 1"));
    Task health = commentTask(plan, "so-y-te");
    JsonNode sections = json.readTree(engine.getTaskService().getVariableLocal(health.getId(), DraftReview.SECTIONS)
        .toString());
    assertThat(sections.findValuesAsText("value")).startsWith("chung", "I", "I/1").contains("II/2/a");
    assertThat(sections.get(0).path("label").asText()).isEqualTo("Chung (toàn bộ dự thảo)");

    // Sở Y tế comments on two sections, Sở Công Thương agrees in one click, Sở Tư pháp is late
    engine.getTaskService().setVariableLocal(health.getId(), DraftReview.COMMENTS, Spin.JSON("""
        [{"section": "II/2/a", "content": "Chỉ tiêu 80% thấp so với bình quân cả nước", "proposal": "Nâng lên 90%"},
         {"section": "chung", "content": "Bổ sung nguồn lực thực hiện"},
         {"section": "", "content": "", "proposal": ""}]"""));
    engine.getTaskService().complete(health.getId());
    Task trade = commentTask(plan, "so-cong-thuong");
    engine.getTaskService().setVariableLocal(trade.getId(), DraftReview.AGREES, true);
    engine.getTaskService().complete(trade.getId());
    // a comment on a section the draft does not have is refused, and nothing is recorded
    Task justice = commentTask(plan, "so-tu-phap");
    engine.getTaskService().setVariableLocal(justice.getId(), DraftReview.COMMENTS,
        Spin.JSON("[{\"section\": \"IX/9\", \"content\": \"Sai mục\"}]"));
    assertThatThrownBy(() -> engine.getTaskService().complete(justice.getId()))
        .hasMessageContaining("không có mục \"IX/9\"");
    ClockUtil.setCurrentTime(Date.from(((Date) plan.variable(Vars.COMMENTS_DUE)).toInstant().plusSeconds(3600)));
    engine.getManagementService().createJobQuery().processInstanceId(planId).timers().executable().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));

    // the lead's consolidation lists every comment not answered, the whole draft first
    Task consolidation = plan.single(Tasks.CONSOLIDATE_COMMENTS);
    JsonNode listed = json.readTree(engine.getTaskService().getVariableLocal(consolidation.getId(), DraftReview.ANSWERS)
        .toString());
    assertThat(listed.findValuesAsText("section")).containsExactly("Chung (toàn bộ dự thảo)",
        "Điểm II.2.a – a) 80% dịch vụ công trực tuyến mức độ 4.");
    assertThat(listed.findValuesAsText("source")).containsOnly("Sở Y tế");
    long general = listed.get(0).path("number").asLong();
    long target = listed.get(1).path("number").asLong();

    // one answer missing: refused, and the process stays where it was
    assertThatThrownBy(() -> engine.getTaskService().complete(consolidation.getId(), Map.of(DraftReview.ANSWERS,
        Spin.JSON(answers(general, "tiep-thu", "Đã bổ sung mục IV về nguồn lực", target, "", "")))))
        .hasMessageContaining("Ý kiến số " + target).hasMessageContaining("chưa được trả lời");
    assertThat(plan.open(Tasks.CONSOLIDATE_COMMENTS)).hasSize(1);
    // an answer to a comment of another plan, or none at all, is refused too
    assertThatThrownBy(() -> engine.getTaskService().complete(consolidation.getId(), Map.of(DraftReview.ANSWERS,
        Spin.JSON(answers(general, "tiep-thu", "Đã bổ sung", 999_999, "giai-trinh", "…")))))
        .hasMessageContaining("Không có ý kiến số 999999");

    attach(consolidation, "du-thao-nghi-quyet-sau-gop-y.docx", DocxDrafts.resolutionV2());
    engine.getTaskService().complete(consolidation.getId(), Map.of(DraftReview.ANSWERS, Spin.JSON(answers(
        general, "tiep-thu", "Đã bổ sung mục IV về nguồn lực", target, "giai-trinh",
        "Chỉ tiêu 80% theo Nghị quyết 52-NQ/TW; đã nâng lên 90% cho giai đoạn 2030"))));

    // the workshop: one point answered in the same form
    Task workshop = plan.single(Tasks.HOLD_WORKSHOP);
    engine.getTaskService().setVariableLocal(workshop.getId(), DraftReview.SOURCE_COMMENTS, Spin.JSON("""
        [{"section": "II/3", "content": "Cần chỉ tiêu về kinh tế số năm 2030", "decision": "tiep-thu",
          "answer": "Đã có tại mục II.3"}]"""));
    engine.getTaskService().complete(workshop.getId(), Map.of(Vars.WORKSHOP_CONCLUSIONS, "Hội thảo thống nhất định hướng"));
    // the Ministry's feedback through the API, as the contract has it: one comment on the whole draft, open
    plan.complete(Tasks.CONSULT_MINISTRY, Map.of(Vars.MINISTRY_FEEDBACK, "Bộ đề nghị rà soát thuật ngữ"));
    plan.complete(Tasks.PREPARE_UBND_DOSSIER, Map.of());

    Task ubnd = plan.single(Tasks.UBND_DECISION);
    assertThat(engine.getTaskService().getVariableLocal(ubnd.getId(), DraftReview.TABLE_TEXT))
        .isEqualTo("4 ý kiến góp ý: 2 tiếp thu, 1 giải trình, 1 chưa trả lời.");
    assertThat(engine.getTaskService().getVariableLocal(ubnd.getId(), DraftReview.TABLE_URL))
        .isEqualTo("/tai-lieu/" + planId + "/y-kien");
    assertThat(engine.getTaskService().getProcessInstanceAttachments(planId))
        .filteredOn(attachment -> CommentTables.FILE_NAME.equals(attachment.getName())).hasSize(1);

    // the table, exported as .docx and read back cell by cell
    ResponseEntity<byte[]> docx = rest.withBasicAuth("ubnd-tinh", "demo")
        .getForEntity("/api/plans/" + planId + "/comments.docx", byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
      assertThat(text).contains(AnswerTableDocument.TITLE, "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          "Đối với dự thảo: Kế hoạch chuyển đổi số 2026", java.time.format.DateTimeFormatter
              .ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy").format(ClockUtil.getCurrentTime().toInstant().atZone(HANOI)),
          "không có ý kiến khác: Sở Công Thương.", "chưa góp ý (quá hạn): Sở Tư pháp.");
      XWPFTable table = document.getTables().get(0);
      assertThat(cells(table.getRow(0))).containsExactly("STT", "Cơ quan góp ý", "Nội dung góp ý",
          "Ý kiến tiếp thu/giải trình");
      assertThat(cells(table.getRow(1))).containsExactly("I", "Chung (toàn bộ dự thảo)");
      assertThat(cells(table.getRow(2))).containsExactly("1", "Sở Y tế", "Bổ sung nguồn lực thực hiện",
          "Tiếp thu: Đã bổ sung mục IV về nguồn lực");
      assertThat(cells(table.getRow(3))).containsExactly("2", "Bộ Khoa học và Công nghệ", "Bộ đề nghị rà soát thuật ngữ",
          "Chưa trả lời");
      assertThat(cells(table.getRow(4)).get(1)).startsWith("Điểm II.2.a");
      assertThat(cells(table.getRow(5))).containsExactly("3", "Sở Y tế",
          "Chỉ tiêu 80% thấp so với bình quân cả nước\nĐề xuất sửa: Nâng lên 90%",
          "Giải trình: Chỉ tiêu 80% theo Nghị quyết 52-NQ/TW; đã nâng lên 90% cho giai đoạn 2030");
      assertThat(cells(table.getRow(7))).containsExactly("4", "Hội thảo khoa học", "Cần chỉ tiêu về kinh tế số năm 2030",
          "Tiếp thu: Đã có tại mục II.3");
      assertThat(table.getRows()).hasSize(8);
    }

    // UBND sends it back: the revision answers what is open and brings version 3
    plan.sentBackBy(Tasks.UBND_DECISION, "Rà soát thuật ngữ theo ý kiến của Bộ");
    Task revision = plan.single(Tasks.REVISE_DRAFTS);
    attach(revision, "du-thao-nghi-quyet-ban-3.docx", DocxDrafts.resolutionV1());
    JsonNode open = json.readTree(engine.getTaskService().getVariableLocal(revision.getId(), DraftReview.ANSWERS)
        .toString());
    assertThat(open.findValuesAsText("source")).containsExactly("Bộ Khoa học và Công nghệ");
    engine.getTaskService().complete(revision.getId(), Map.of(Vars.DRAFT_SUMMARY, "Bản 3", Vars.REVISION_NOTES,
        "Rà soát thuật ngữ", DraftReview.ANSWERS, Spin.JSON(answers(open.get(0).path("number").asLong(), "tiep-thu",
            "Đã thống nhất thuật ngữ theo Luật Giao dịch điện tử"))));
    assertThat(engine.getTaskService().getVariableLocal(plan.single(Tasks.UBND_DECISION).getId(),
        DraftReview.TABLE_TEXT)).isEqualTo("4 ý kiến góp ý: 3 tiếp thu, 1 giải trình.");

    // the versions compared, section by section, on a Vietnamese page
    ResponseEntity<String> compared = rest.withBasicAuth("so-khcn", "demo")
        .getForEntity("/tai-lieu/" + planId + "/du-thao/nghi-quyet?tu=1&den=2", String.class);
    assertThat(compared.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(compared.getBody()).contains("Dự thảo Nghị quyết: so sánh phiên bản 1 và 2", "3 mục thay đổi",
        "Thêm mới", "Bỏ", "Sửa", "90% dịch vụ công trực tuyến toàn trình");
    ResponseEntity<String> page = rest.withBasicAuth("so-khcn", "demo")
        .getForEntity("/tai-lieu/" + planId + "/y-kien", String.class);
    assertThat(page.getBody()).contains("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý", "Sau khi tiếp thu ý kiến góp ý",
        "Chỉnh sửa theo yêu cầu của cấp có thẩm quyền", "So sánh với phiên bản trước");

    // the API: the lead reads all, an agency that commented its own, another agency nothing
    JsonNode all = rest.withBasicAuth("so-khcn", "demo").getForObject("/api/plans/" + planId + "/comments",
        JsonNode.class);
    assertThat(all.path("counts").path("comments").asInt()).isEqualTo(4);
    assertThat(all.path("late").findValuesAsText("")).isEmpty();
    assertThat(all.path("late").get(0).asText()).isEqualTo("Sở Tư pháp");
    assertThat(all.path("drafts")).hasSize(3);
    JsonNode own = rest.withBasicAuth("so-y-te", "demo").getForObject("/api/plans/" + planId + "/comments",
        JsonNode.class);
    assertThat(own.findValuesAsText("source")).as(own.toString()).containsOnly("Sở Y tế").hasSize(2);
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/api/plans/" + planId + "/comments.docx",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("so-xay-dung", "demo").getForEntity("/api/plans/" + planId + "/comments",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/plans/khong-co/comments", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAgencyThatAgreesCannotAlsoCommentAndAContractCompletionStillWorks() {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of()).surveyed();
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo không kèm tệp (qua API)"));
    Task health = commentTask(plan, "so-y-te");
    engine.getTaskService().setVariableLocal(health.getId(), DraftReview.AGREES, true);
    assertThatThrownBy(() -> engine.getTaskService().complete(health.getId(), Map.of(Vars.COMMENT, "Nhưng có ý kiến")))
        .hasMessageContaining("vừa chọn \"Thống nhất với dự thảo\" vừa có ý kiến");
    engine.getTaskService().setVariableLocal(health.getId(), DraftReview.AGREES, false);
    // the contract: one free-text comment, a comment on the whole draft
    engine.getTaskService().complete(health.getId(), Map.of(Vars.COMMENT, "Đề nghị bổ sung chỉ tiêu y tế số"));
    engine.getTaskService().complete(commentTask(plan, "so-cong-thuong").getId(), Map.of(Vars.COMMENT, ""));
    // the contract's consolidation asks for nothing: the comment stays open for the next task
    plan.complete(Tasks.CONSOLIDATE_COMMENTS, Map.of());
    JsonNode open = readJson(engine.getTaskService().getVariableLocal(plan.single(Tasks.HOLD_WORKSHOP).getId(),
        DraftReview.ANSWERS));
    assertThat(open.findValuesAsText("content")).containsExactly("Đề nghị bổ sung chỉ tiêu y tế số");
  }

  private JsonNode readJson(Object value) {
    try {
      return json.readTree(value.toString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Task commentTask(DraftingDriver plan, String agency) {
    return plan.open(Tasks.COMMENT_ON_DRAFT).stream()
        .filter(task -> agency.equals(engine.getTaskService().getVariable(task.getId(), Vars.SURVEY_AGENCY)))
        .findFirst().orElseThrow();
  }

  private void attach(Task task, String name, byte[] content) {
    engine.getTaskService().createAttachment(DOCX, task.getId(), task.getProcessInstanceId(), name, "dự thảo",
        new ByteArrayInputStream(content));
  }

  private String answers(Object... triples) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int at = 0; at < triples.length; at += 3) {
      Map<String, Object> item = new HashMap<>();
      item.put("number", triples[at]);
      item.put("decision", triples[at + 1]);
      item.put("answer", triples[at + 2]);
      items.add(item);
    }
    try {
      return json.writeValueAsString(items);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(cell -> String.join("\n", cell.getParagraphs().stream()
        .map(paragraph -> paragraph.getText().strip()).toList())).toList();
  }

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(HANOI).toInstant());
  }
}
