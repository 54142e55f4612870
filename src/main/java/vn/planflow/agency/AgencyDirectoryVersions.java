package vn.planflow.agency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code pf_agency_directory} ({@code db/planflow-agency.sql}): the directory's versions. */
@Repository
class AgencyDirectoryVersions {

  static final String BUNDLED = "bundled";
  static final String UPLOAD = "upload";

  /** One version of the directory. */
  record Version(int version, String content, String digest, String origin, String loadedBy, Instant loadedAt,
      String summary) {
  }

  private final JdbcTemplate jdbc;

  AgencyDirectoryVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Version> latest() {
    return jdbc.query("SELECT version, content, digest, origin, loaded_by, loaded_at, summary FROM pf_agency_directory"
        + " ORDER BY version DESC", (rs, row) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)))
        .stream().findFirst();
  }

  int latestNumber() {
    Integer number = jdbc.queryForObject("SELECT MAX(version) FROM pf_agency_directory", Integer.class);
    return number == null ? 0 : number;
  }

  /** The versions without their content, newest first. */
  List<Version> list() {
    return jdbc.query("SELECT version, digest, origin, loaded_by, loaded_at, summary FROM pf_agency_directory"
        + " ORDER BY version DESC", (rs, row) -> new Version(rs.getInt(1), "", rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
  }

  /** The digest of the last bundled file stored, if any. */
  Optional<String> lastBundledDigest() {
    return jdbc.queryForList("SELECT digest FROM pf_agency_directory WHERE origin = ? ORDER BY version DESC",
        String.class, BUNDLED).stream().findFirst();
  }

  /**
   * Stores {@code content} as the next version. Two nodes storing at once: one gets the number,
   * the other tries the next one.
   */
  Version add(String content, String origin, String loadedBy, String summary) {
    for (int attempt = 0; ; attempt++) {
      int next = latestNumber() + 1;
      Instant now = Instant.now();
      try {
        jdbc.update("INSERT INTO pf_agency_directory (version, content, digest, origin, loaded_by, loaded_at, summary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)", next, content, digest(content), origin, loadedBy,
            now.atOffset(ZoneOffset.UTC), summary);
        return new Version(next, content, digest(content), origin, loadedBy, now, summary);
      } catch (DuplicateKeyException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
  }

  static String digest(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
