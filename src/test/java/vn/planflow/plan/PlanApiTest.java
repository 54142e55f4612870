package vn.planflow.plan;

import vn.planflow.PlanflowTest;

import vn.planflow.web.PageForm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code POST /api/plans} and the upload page, as the contract's "Plans carried out" promises them. */
@PlanflowTest
class PlanApiTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;

  @Test
  void importsThe2025PlanAndAnswersItsInstanceAndTaskCount() throws IOException {
    byte[] table = new ClassPathResource("plans/ke-hoach-507-2025.csv").getContentAsByteArray();
    int rows = PlanImportFixtures.reader().read("ke-hoach-507-2025.csv", table, "so-khcn").taskCount();

    ResponseEntity<JsonNode> response = post("admin", "admin", "ke-hoach-507-2025.csv", table,
        "Kế hoạch 507/KH-UBND triển khai chính quyền địa phương hai cấp", "so-khcn", "P3M");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String planId = response.getBody().get("processInstanceId").asText();
    assertThat(response.getBody().get("taskCount").asInt()).isEqualTo(rows);
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(planId).count()).isEqualTo(rows);
    assertThat(runtimeService.getVariable(planId, PlanProcesses.Vars.LEAD_AGENCY)).isEqualTo("so-khcn");
    assertThat(runtimeService.getVariable(planId, PlanProcesses.Vars.REPORT_EVERY)).isEqualTo("P3M");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(planId).singleResult().getBusinessKey())
        .as("Cockpit shows the plan's number").isEqualTo("507/KH-UBND");

    JsonNode plans = rest.withBasicAuth("admin", "admin").getForObject("/api/plans", JsonNode.class);
    assertThat(plans.findValuesAsText("processInstanceId")).contains(planId);
  }

  @Test
  void theSameTableUploadedTwiceIsRecognisedUnlessTheAdministratorConfirms() {
    byte[] table = (PlanDriver.HEADER + "1;Nhiệm vụ " + java.util.UUID.randomUUID() + ";Sở Y tế;;;Thường xuyên\n")
        .getBytes(StandardCharsets.UTF_8);
    ResponseEntity<JsonNode> first = post("admin", "admin", "ke-hoach.csv", table, "Kế hoạch", null, null);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long plans = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY).count();

    ResponseEntity<JsonNode> again = post("admin", "admin", "ke-hoach-ban-sao.csv", table, "Kế hoạch (bản sao)", null, null);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("existingPlan").asText()).isEqualTo(first.getBody().get("processInstanceId").asText());
    assertThat(again.getBody().get("cockpit").asText()).endsWith(first.getBody().get("processInstanceId").asText());
    assertThat(again.getBody().get("errors").get(0).get("message").asText()).contains("đã được nhập", "Vẫn nhập");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcesses.Plan.KEY).count())
        .isEqualTo(plans);

    MultiValueMap<String, Object> confirmed = form("ke-hoach-ban-sao.csv", table, "Kế hoạch (bản sao)", null, null);
    confirmed.add("confirm", "true");
    assertThat(rest.withBasicAuth("admin", "admin").postForEntity("/api/plans", new HttpEntity<>(confirmed, multipart()),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aBadTableIsRefusedWithEveryProblemAndLeavesNothingBehind() {
    long before = historyService.createHistoricProcessInstanceQuery().count();
    String table = PlanDriver.HEADER
        + "1;Nhiệm vụ tốt;Sở Y tế;;;Trước ngày 30/6/2025\n"
        + "2;Đơn vị lạ;Sở Không Tồn Tại;;;Thường xuyên\n"
        + "3;;Sở Y tế;;;Thường xuyên\n"
        + "1;Trùng số (vẫn nhận, như văn bản in);Sở Y tế;;;Mùa xuân năm sau\n";

    ResponseEntity<JsonNode> response = post("admin", "admin", "bang-loi.csv",
        table.getBytes(StandardCharsets.UTF_8), "Kế hoạch lỗi", null, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = response.getBody().get("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.findValuesAsText("row")).contains("3", "4", "5");
    assertThat(errors.toString()).contains("Sở Không Tồn Tại", "Mùa xuân năm sau");
    assertThat(errors.get(0).has("column")).isTrue();
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void refusesAMissingTitleAWrongFileTypeAndAFileOverTheLimit() {
    ResponseEntity<JsonNode> noTitle = post("admin", "admin", "ke-hoach.csv",
        (PlanDriver.HEADER + "1;Một;Sở Y tế;;;Thường xuyên\n").getBytes(StandardCharsets.UTF_8), " ", null, null);
    assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTitle.getBody().toString()).contains("\"column\":\"title\"");

    ResponseEntity<JsonNode> pdf = post("admin", "admin", "ke-hoach.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
        "Kế hoạch", null, null);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pdf.getBody().toString()).contains("CSV", "XLSX");

    byte[] huge = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    ResponseEntity<JsonNode> tooLarge = post("admin", "admin", "ke-hoach.csv", huge, "Kế hoạch", null, null);
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLarge.getBody().toString()).contains("Tệp quá lớn");
  }

  @Test
  void onlyAdministratorsImport() {
    ResponseEntity<JsonNode> response = post("so-y-te", "demo", "ke-hoach.csv",
        (PlanDriver.HEADER + "1;Một;Sở Y tế;;;Thường xuyên\n").getBytes(StandardCharsets.UTF_8), "Kế hoạch", null, null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theUploadPageListsEveryProblemInVietnamese() {
    MultiValueMap<String, Object> form = form("bang-loi.csv",
        (PlanDriver.HEADER + "1;Đơn vị lạ;Sở Không Tồn Tại;;;Thường xuyên\n").getBytes(StandardCharsets.UTF_8),
        "Kế hoạch", null, null);
    PageForm upload = PageForm.open(rest, "admin", "admin", "/quan-tri/ke-hoach");
    ResponseEntity<String> page = rest.withBasicAuth("admin", "admin").postForEntity("/quan-tri/ke-hoach",
        new HttpEntity<>(upload.with(form), upload.headers(MediaType.MULTIPART_FORM_DATA)), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getBody()).contains("có <strong>1</strong> lỗi", "chưa có gì được tạo", "Sở Không Tồn Tại");
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/quan-tri/ke-hoach", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> post(String user, String password, String name, byte[] content, String title,
      String leadAgency, String reportEvery) {
    return rest.withBasicAuth(user, password).postForEntity("/api/plans",
        new HttpEntity<>(form(name, content, title, leadAgency, reportEvery), multipart()), JsonNode.class);
  }

  private static MultiValueMap<String, Object> form(String name, byte[] content, String title, String leadAgency,
      String reportEvery) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    form.add("title", title);
    if (leadAgency != null) {
      form.add("leadAgency", leadAgency);
    }
    if (reportEvery != null) {
      form.add("reportEvery", reportEvery);
    }
    return form;
  }

  private static HttpHeaders multipart() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }
}
