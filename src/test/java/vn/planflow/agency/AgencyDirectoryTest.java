package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.PlanflowTest;
import vn.planflow.web.PageForm;

/**
 * The effective-dated directory: {@code GET /api/agencies?on=} lists the agencies of a day, and an
 * administrator previews and loads a new version of the directory.
 */
@PlanflowTest
class AgencyDirectoryTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  AgencyDirectory directory;
  @Autowired
  AgencyDirectoryAdmin admin;
  @Autowired
  IdentityService identityService;

  private String original;

  @AfterEach
  void loadTheBundledDirectoryAgain() {
    if (original != null) {
      admin.apply(original, "test");
      original = null;
    }
  }

  @Test
  void listsTheAgenciesValidOnADay() {
    List<String> in2021 = ids("/api/agencies?on=2021-09-11");
    List<String> inJuly2025 = ids("/api/agencies?on=2025-07-01");

    assertThat(in2021).contains("so-tttt", "so-ke-hoach-dau-tu", "ubnd-tx-cua-lo", "ubnd-quynh-luu")
        .doesNotContain("so-nong-nghiep-moi-truong", "phuong-truong-vinh");
    assertThat(ids("/api/agencies?on=2024-11-01")).as("TX Cửa Lò joined TP Vinh on 01/11/2024")
        .contains("ubnd-tp-vinh").doesNotContain("ubnd-tx-cua-lo");
    assertThat(ids("/api/agencies?on=2025-03-01")).as("the department merger").contains("so-khcn",
        "so-nong-nghiep-moi-truong", "ubnd-quynh-luu").doesNotContain("so-tttt", "so-tai-nguyen-moi-truong");
    assertThat(inJuly2025).as("no district level").doesNotContain("ubnd-tp-vinh", "ubnd-quynh-luu")
        .contains("phuong-truong-vinh", "so-khcn");
    assertThat(directory.validOn(java.time.LocalDate.of(2025, 7, 1)).stream()
        .filter(agency -> agency.type() == AgencyType.COMMUNE)).hasSize(130);

    JsonNode tttt = agency("/api/agencies?on=2024-06-01", "so-tttt");
    assertThat(tttt.get("name").asText()).isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(tttt.get("type").asText()).isEqualTo("department");
    assertThat(tttt.get("validTo").asText()).isEqualTo("2025-02-28");
    assertThat(tttt.get("successors").get(0).asText()).isEqualTo("so-khcn");
    assertThat(agency("/api/agencies?on=2025-06-30", "ubnd-nghi-loc").get("successors")).isNotEmpty();
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/api/agencies?on=hôm-qua", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getForEntity("/api/agencies", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anAdministratorPreviewsANewVersionThenAppliesIt() {
    original = admin.currentFile();
    String next = original + "xa-thu-nghiem;commune;Ủy ban nhân dân xã Thử Nghiệm;UBND xã Thử Nghiệm;"
        + "xa-thu-nghiem@nghean.gov.vn;2027-01-01;;;Nghị quyết giả định cho kiểm thử\n";
    int version = directory.version();

    ResponseEntity<JsonNode> preview = upload(next, true);

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody().get("changes").findValuesAsText("kind")).containsExactly("Thêm");
    assertThat(directory.version()).as("a preview changes nothing").isEqualTo(version);
    assertThat(identityService.createGroupQuery().groupId("xa-thu-nghiem").count()).isZero();

    ResponseEntity<JsonNode> applied = upload(next, false);

    assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(directory.version()).isEqualTo(version + 1);
    assertThat(identityService.createGroupQuery().groupId("xa-thu-nghiem").singleResult().getType())
        .isEqualTo("commune");
    assertThat(identityService.createUserQuery().memberOfGroup("xa-thu-nghiem").count()).isEqualTo(1);
    assertThat(ids("/api/agencies?on=2026-12-31")).doesNotContain("xa-thu-nghiem");
    assertThat(ids("/api/agencies?on=2027-01-01")).contains("xa-thu-nghiem");
  }

  @Test
  void aFileWithProblemsOrThatRemovesAnAgencyIsRefusedInVietnamese() {
    String current = admin.currentFile();
    String withoutSoYTe = current.lines().filter(line -> !line.startsWith("so-y-te;"))
        .reduce("", (text, line) -> text + line + "\n");
    String broken = current + "Xa Sai;commune;;;;2025-13-01;;;\n";

    ResponseEntity<JsonNode> removed = upload(withoutSoYTe, false);
    ResponseEntity<JsonNode> wrong = upload(broken, true);

    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(removed.getBody().get("errors").get(0).asText()).contains("so-y-te", "không xóa đơn vị");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody().get("errors").toString()).contains("phải viết thường", "thiếu tên đơn vị",
        "không phải là ngày");
    assertThat(identityService.createGroupQuery().groupId("so-y-te").count()).isEqualTo(1);
  }

  @Test
  void theAdminPageShowsThePreviewBeforeAnythingChanges() {
    PageForm page = PageForm.open(rest, "admin", "admin", "/quan-tri/danh-muc-don-vi");
    String next = admin.currentFile().replace("Sở Y tế;", "Sở Y tế tỉnh Nghệ An;");
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", file(next));

    ResponseEntity<String> preview = rest.withBasicAuth("admin", "admin").postForEntity(
        "/quan-tri/danh-muc-don-vi/xem-truoc", new HttpEntity<>(page.with(form),
            page.headers(MediaType.MULTIPART_FORM_DATA)), String.class);

    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(preview.getBody()).contains("Xem trước thay đổi", "tên: Sở Y tế → Sở Y tế tỉnh Nghệ An",
        "Áp dụng danh mục mới");
    assertThat(directory.name("so-y-te")).isEqualTo("Sở Y tế");
    assertThat(rest.withBasicAuth("so-y-te", "demo").getForEntity("/quan-tri/danh-muc-don-vi", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> upload(String text, boolean dryRun) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", file(text));
    form.add("dryRun", String.valueOf(dryRun));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", "admin").postForEntity("/api/agencies/directory",
        new HttpEntity<>(form, headers), JsonNode.class);
  }

  private static ByteArrayResource file(String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "agencies.csv";
      }
    };
  }

  private List<String> ids(String url) {
    return rest.withBasicAuth("so-y-te", "demo").getForObject(url, JsonNode.class).findValuesAsText("id");
  }

  private JsonNode agency(String url, String id) {
    for (JsonNode agency : rest.withBasicAuth("so-y-te", "demo").getForObject(url, JsonNode.class)) {
      if (id.equals(agency.get("id").asText())) {
        return agency;
      }
    }
    throw new AssertionError(id + " is not listed by " + url);
  }
}
