package vn.planflow.agency;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators load a new version of the agency directory (a CSV file, {@link
 * AgencyDirectoryFile}): {@link #preview} says what would change (agencies added, changed, ended,
 * and the open tasks of the agencies that end), {@link #apply} stores it as the next version and
 * puts it in force: groups and users of new agencies are created, names and types updated.
 * An agency cannot be removed (history keeps it); it is ended with its {@code validTo}.
 */
@Service
public class AgencyDirectoryAdmin {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** What a new version changes for one agency. */
  public record Change(String kind, String id, String name, List<String> details, long openTasks) {
  }

  /**
   * The preview of a file: its problems, or its changes.
   *
   * @param errors the file's problems (then nothing can be applied)
   * @param agencies the agencies in the file
   */
  public record Preview(List<String> errors, List<Change> changes, int agencies, int currentVersion) {

    public boolean applicable() {
      return errors.isEmpty() && !changes.isEmpty();
    }
  }

  private final AgencyDirectory directory;
  private final AgencyDirectoryVersions versions;
  private final AgencyGroups groups;
  private final AgencyUsers users;
  private final TaskService taskService;

  AgencyDirectoryAdmin(AgencyDirectory directory, AgencyDirectoryVersions versions, AgencyGroups groups,
      AgencyUsers users, TaskService taskService) {
    this.directory = directory;
    this.versions = versions;
    this.groups = groups;
    this.users = users;
    this.taskService = taskService;
  }

  public Preview preview(String file) {
    AgencyDirectoryFile.Parsed parsed = AgencyDirectoryFile.parse(file);
    if (!parsed.ok()) {
      return new Preview(parsed.errors(), List.of(), 0, directory.version());
    }
    List<String> errors = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    Map<String, Agency> next = parsed.agencies();
    for (Agency current : directory.all()) {
      if (!next.containsKey(current.id())) {
        errors.add("Thiếu đơn vị \"" + current.id() + "\" (" + current.name() + "): không xóa đơn vị khỏi danh mục, "
            + "hãy ghi ngày hết hiệu lực (validTo) và đơn vị kế thừa");
      }
    }
    for (Agency agency : next.values()) {
      Agency current = directory.find(agency.id()).orElse(null);
      if (current == null) {
        changes.add(new Change("Thêm", agency.id(), agency.name(), List.of(agency.type().id()
            + (agency.validFrom() == null ? "" : ", có hiệu lực từ " + DAY.format(agency.validFrom()))
            + (agency.source().isEmpty() ? "" : "; " + agency.source())), 0));
        continue;
      }
      List<String> details = new ArrayList<>();
      compare(details, "tên", current.name(), agency.name());
      compare(details, "loại", current.type().id(), agency.type().id());
      compare(details, "tên gọi khác", String.join(" | ", current.aliases()), String.join(" | ", agency.aliases()));
      compare(details, "thư điện tử", current.email(), agency.email());
      compare(details, "hiệu lực từ", day(current.validFrom()), day(agency.validFrom()));
      compare(details, "hiệu lực đến", day(current.validTo()), day(agency.validTo()));
      compare(details, "đơn vị kế thừa", String.join(", ", current.successors()), String.join(", ",
          agency.successors()));
      compare(details, "căn cứ", current.source(), agency.source());
      if (details.isEmpty()) {
        continue;
      }
      boolean ends = agency.validTo() != null && !Objects.equals(agency.validTo(), current.validTo());
      long open = ends ? taskService.createTaskQuery().taskCandidateGroup(agency.id()).count() : 0;
      changes.add(new Change(ends ? "Hết hiệu lực" : "Sửa", agency.id(), agency.name(), details, open));
    }
    return new Preview(errors, errors.isEmpty() ? changes : List.of(), next.size(), directory.version());
  }

  /**
   * Stores and applies the file, when its preview has no problem.
   *
   * @return the preview of what was applied
   */
  @Transactional
  public Preview apply(String file, String userId) {
    Preview preview = preview(file);
    if (!preview.applicable()) {
      return preview;
    }
    long added = preview.changes().stream().filter(change -> change.kind().equals("Thêm")).count();
    long ended = preview.changes().stream().filter(change -> change.kind().equals("Hết hiệu lực")).count();
    versions.add(file, AgencyDirectoryVersions.UPLOAD, userId, preview.agencies() + " đơn vị; thêm " + added
        + ", hết hiệu lực " + ended + ", sửa " + (preview.changes().size() - added - ended));
    directory.load();
    groups.synchronize();
    users.create();
    return preview;
  }

  /** The directory in force, as a file to edit and load again. */
  public String currentFile() {
    return directory.currentFile();
  }

  List<AgencyDirectoryVersions.Version> versions() {
    return versions.list();
  }

  private static void compare(List<String> details, String what, String before, String after) {
    if (!Objects.equals(before, after)) {
      details.add(what + ": " + (before.isEmpty() ? "(trống)" : before) + " → " + (after.isEmpty() ? "(trống)" : after));
    }
  }

  private static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }
}
