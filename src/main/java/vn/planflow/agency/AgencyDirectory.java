package vn.planflow.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.planflow.engine.EngineClock;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DueDates;

/**
 * The agencies of the province, effective-dated ({@link Agency#validOn}): the directory file
 * shipped with the release ({@code planflow.agencies.location}, by default {@code
 * src/main/resources/agencies.csv}, see {@link AgencyDirectoryFile}) or a newer version an
 * administrator loaded ({@link AgencyDirectoryAdmin}). Every version is kept in {@code
 * pf_agency_directory}; the highest is in force, on every node within {@link #RELOAD_NANOS}.
 *
 * <p>Agencies that ended stay in the directory (and as Camunda groups), so that history keeps the
 * names valid then; new work goes only to agencies valid on the work's date.
 */
@Component
public class AgencyDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(AgencyDirectory.class);
  private static final long RELOAD_NANOS = 30_000_000_000L;

  /** The directory in force: a version's agencies. */
  private record Snapshot(int version, Map<String, Agency> agencies, boolean anyEnded, long checkedAt) {

    Snapshot(int version, Map<String, Agency> agencies, long checkedAt) {
      this(version, agencies, agencies.values().stream().anyMatch(agency -> agency.validTo() != null), checkedAt);
    }
  }

  /** {@code null} for a directory read from a file alone ({@link #of}). */
  private final AgencyDirectoryVersions versions;
  private final DueDates dueDates;
  private volatile Snapshot snapshot;

  private AgencyDirectory(Map<String, Agency> agencies) {
    this.versions = null;
    this.dueDates = null;
    this.snapshot = new Snapshot(1, agencies, System.nanoTime());
  }

  /** A directory read from a file, stored nowhere and never reloaded: for tools and tests. */
  public static AgencyDirectory of(Resource file) {
    AgencyDirectoryFile.Parsed parsed = AgencyDirectoryFile.parse(read(file));
    if (!parsed.ok()) {
      throw new IllegalStateException(file + ": " + String.join("; ", parsed.errors()));
    }
    return new AgencyDirectory(parsed.agencies());
  }

  @Autowired
  AgencyDirectory(AgencyProperties properties, AgencyDirectoryVersions versions, DueDates dueDates) {
    this.versions = versions;
    this.dueDates = dueDates;
    String bundled = read(properties.location());
    AgencyDirectoryFile.Parsed parsed = AgencyDirectoryFile.parse(bundled);
    if (!parsed.ok()) {
      throw new IllegalStateException(properties.location() + ": " + String.join("; ", parsed.errors()));
    }
    String digest = AgencyDirectoryVersions.digest(bundled);
    if (!versions.lastBundledDigest().map(digest::equals).orElse(false)) {
      versions.add(bundled, AgencyDirectoryVersions.BUNDLED, "planflow",
          "Danh mục kèm theo phiên bản phần mềm: " + parsed.agencies().size() + " đơn vị");
    }
    load();
  }

  /** Every agency of the directory, ended ones included, in the file's order. */
  public Collection<Agency> all() {
    return snapshot().agencies().values();
  }

  /** The agencies valid on {@code day}, in the file's order. */
  public List<Agency> validOn(LocalDate day) {
    return all().stream().filter(agency -> agency.validOn(day)).toList();
  }

  /** Whether any agency of the directory has an end date (asked on every task creation: kept, not counted). */
  public boolean anyEnds() {
    return snapshot().anyEnded();
  }

  /** The number of the directory's version in force. */
  public int version() {
    return snapshot().version();
  }

  /** Today, in the province's time zone, by the engine's clock. */
  public LocalDate today() {
    return dueDates == null ? EngineClock.instant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
        : dueDates.day(EngineClock.now());
  }

  public Optional<Agency> find(String id) {
    return Optional.ofNullable(id).map(snapshot().agencies()::get);
  }

  public Agency get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown agency: " + id));
  }

  /** The agency's full Vietnamese name, or the id itself for an id the directory does not know. */
  public String name(String id) {
    return find(id).map(Agency::name).orElse(id);
  }

  /** Every agency of these types, ended ones included. */
  public List<Agency> ofTypes(Set<AgencyType> types) {
    return all().stream().filter(agency -> types.contains(agency.type())).toList();
  }

  /** The agencies of these types valid on {@code day}. */
  public List<Agency> ofTypes(Set<AgencyType> types, LocalDate day) {
    return all().stream().filter(agency -> types.contains(agency.type()) && agency.validOn(day)).toList();
  }

  public boolean isValid(String id, LocalDate day) {
    return find(id).map(agency -> agency.validOn(day)).orElse(false);
  }

  /**
   * Who does {@code id}'s work on {@code day}: the agency itself while valid; after it ended, its
   * successors valid then, following chains (a district to its communes, a department merged
   * twice to the last); nobody for an agency not yet created, or unknown.
   */
  public List<String> carriedOnBy(String id, LocalDate day) {
    Set<String> result = new LinkedHashSet<>();
    carriedOnBy(id, day, result, new LinkedHashSet<>());
    return List.copyOf(result);
  }

  private void carriedOnBy(String id, LocalDate day, Set<String> result, Set<String> seen) {
    Agency agency = find(id).orElse(null);
    if (agency == null || !seen.add(id)) {
      return;
    }
    if (agency.validOn(day)) {
      result.add(id);
    } else if (agency.endedBy(day)) {
      agency.successors().forEach(successor -> carriedOnBy(successor, day, result, seen));
    }
  }

  /**
   * The agency in charge of digital transformation on {@code day}, the default lead of a plan
   * (contract): Sở Thông tin và Truyền thông, and after its merger on 01/3/2025 the agency that
   * carries on its work, Sở Khoa học và Công nghệ.
   */
  public String inChargeOfDigitalTransformation(LocalDate day) {
    List<String> current = carriedOnBy(ProcessNames.Agencies.SO_TTTT, day);
    return current.size() == 1 ? current.get(0) : ProcessNames.Agencies.SO_TTTT;
  }

  /** Puts a version stored by {@link AgencyDirectoryVersions#add} in force on this node at once. */
  void load() {
    AgencyDirectoryVersions.Version latest = versions.latest()
        .orElseThrow(() -> new IllegalStateException("No version of the agency directory is stored"));
    AgencyDirectoryFile.Parsed parsed = AgencyDirectoryFile.parse(latest.content());
    if (!parsed.ok()) {
      throw new IllegalStateException("Agency directory version " + latest.version() + ": "
          + String.join("; ", parsed.errors()));
    }
    snapshot = new Snapshot(latest.version(), parsed.agencies(), System.nanoTime());
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (versions != null && System.nanoTime() - current.checkedAt() > RELOAD_NANOS) {
      try {
        if (versions.latestNumber() != current.version()) {
          load();
          LOG.info("Agency directory version {} loaded (another node stored it)", snapshot.version());
        } else {
          snapshot = new Snapshot(current.version(), current.agencies(), System.nanoTime());
        }
      } catch (DataAccessException e) {
        LOG.warn("Cannot check for a newer agency directory; keeping version {}: {}", current.version(),
            e.getMessage());
        snapshot = new Snapshot(current.version(), current.agencies(), System.nanoTime());
      }
      current = snapshot;
    }
    return current;
  }

  static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the agency directory " + resource, e);
    }
  }

  /** For the admin page: the directory in force as a file. */
  String currentFile() {
    return AgencyDirectoryFile.write(new ArrayList<>(all()));
  }
}
