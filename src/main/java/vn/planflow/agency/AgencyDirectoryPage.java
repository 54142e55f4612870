package vn.planflow.agency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.planflow.web.Official;

/**
 * The agency directory's versions for administrators: {@code /quan-tri/danh-muc-don-vi} (see the
 * version in force, download it, upload a new one, preview it, apply it) and {@code POST
 * /api/agencies/directory} ({@code file}, {@code dryRun}) for scripts.
 */
@Controller
class AgencyDirectoryPage {

  static final String PATH = "/quan-tri/danh-muc-don-vi";
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** A stored version as the page lists it. */
  record VersionView(int version, String origin, String loadedBy, String loadedAt, String summary) {
  }

  private final AgencyDirectoryAdmin admin;
  private final AgencyDirectory directory;

  AgencyDirectoryPage(AgencyDirectoryAdmin admin, AgencyDirectory directory) {
    this.admin = admin;
    this.directory = directory;
  }

  @GetMapping(PATH)
  String page(Model model) {
    return show(model);
  }

  @GetMapping(value = PATH + "/agencies.csv")
  ResponseEntity<byte[]> download() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("agencies.csv").build()
            .toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(admin.currentFile().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping(PATH + "/xem-truoc")
  String preview(@RequestParam(required = false) MultipartFile file, Model model,
      jakarta.servlet.http.HttpServletResponse response) throws IOException {
    String text = file == null || file.isEmpty() ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
    AgencyDirectoryAdmin.Preview preview = admin.preview(text);
    if (!preview.errors().isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("preview", preview);
    model.addAttribute("file", text);
    model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
    return show(model);
  }

  @PostMapping(PATH + "/ap-dung")
  String apply(@RequestParam(defaultValue = "") String file, Official official, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    AgencyDirectoryAdmin.Preview preview = admin.apply(file, official.userId());
    if (!preview.applicable()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("preview", preview);
      model.addAttribute("file", file);
    } else {
      model.addAttribute("applied", preview);
    }
    return show(model);
  }

  @PostMapping("/api/agencies/directory")
  @ResponseBody
  ResponseEntity<Object> api(@RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, Official official) throws IOException {
    String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
    AgencyDirectoryAdmin.Preview preview = dryRun ? admin.preview(text) : admin.apply(text, official.userId());
    if (!preview.errors().isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("errors", preview.errors()));
    }
    return ResponseEntity.ok(Map.of("dryRun", dryRun, "applied", !dryRun && preview.applicable(),
        "version", directory.version(), "agencies", preview.agencies(), "changes", preview.changes()));
  }

  private String show(Model model) {
    List<VersionView> versions = admin.versions().stream().map(version -> new VersionView(version.version(),
        AgencyDirectoryVersions.BUNDLED.equals(version.origin()) ? "Kèm phần mềm" : "Tải lên", version.loadedBy(),
        MOMENT.format(version.loadedAt()), version.summary())).toList();
    model.addAttribute("versions", versions);
    model.addAttribute("version", directory.version());
    model.addAttribute("today", directory.today());
    model.addAttribute("agencies", directory.all());
    return "admin-directory";
  }
}
