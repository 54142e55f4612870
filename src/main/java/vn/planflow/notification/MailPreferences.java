package vn.planflow.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.planflow.engine.EngineClock;

/**
 * Table {@code pf_mail_preference}: whether an official gets a mail per reminder and escalation
 * ({@link Mode#IMMEDIATE}, also whoever has no row) or one digest a working day ({@link
 * Mode#DIGEST}). {@link #digests} answers from a snapshot of the digest users, read at most once per
 * {@code planflow.notification.preferences-reload} and at once after a change on this node, so that
 * a storm of reminders costs no query per notice.
 */
@Repository
class MailPreferences {

  /** How an official wants their deadline mail. */
  enum Mode { IMMEDIATE, DIGEST }

  private final JdbcTemplate jdbc;
  private final long reloadNanos;
  private volatile Snapshot snapshot;
  private final AtomicLong changes = new AtomicLong();

  MailPreferences(JdbcTemplate jdbc, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.reloadNanos = properties.preferencesReload().toNanos();
  }

  Mode mode(String userId) {
    return jdbc.queryForList("SELECT mode FROM pf_mail_preference WHERE user_id = ?", String.class, userId)
        .stream().findFirst().map(Mode::valueOf).orElse(Mode.IMMEDIATE);
  }

  /** Records {@code userId}'s choice, at the engine's now. */
  void choose(String userId, Mode mode) {
    OffsetDateTime now = EngineClock.instant().atOffset(ZoneOffset.UTC);
    String update = "UPDATE pf_mail_preference SET mode = ?, updated_at = ? WHERE user_id = ?";
    if (jdbc.update(update, mode.name(), now, userId) == 0) {
      try {
        jdbc.update("INSERT INTO pf_mail_preference (user_id, mode, updated_at) VALUES (?, ?, ?)",
            userId, mode.name(), now);
      } catch (DuplicateKeyException raced) {
        jdbc.update(update, mode.name(), now, userId);
      }
    }
    snapshot = null;
    changes.incrementAndGet();
  }

  /** How many choices this node has recorded: a change tells {@link Digests} to look again. */
  long changes() {
    return changes.get();
  }

  /** Whether {@code userId} chose the digest (as recorded on this node, or at most a reload ago on another). */
  boolean digests(String userId) {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.readAt() > reloadNanos) {
      current = new Snapshot(Set.copyOf(jdbc.queryForList(
          "SELECT user_id FROM pf_mail_preference WHERE mode = ?", String.class, Mode.DIGEST.name())),
          System.nanoTime());
      snapshot = current;
    }
    return current.digestUsers().contains(userId);
  }

  /**
   * The officials whose digest of the moment {@code moment} is due: those who chose it before that
   * moment. Whoever chooses it later gets their first digest the next working day, so every node and
   * every restart agrees on who gets which day's digest.
   */
  List<String> digestUsersAt(Instant moment) {
    return jdbc.queryForList("SELECT user_id FROM pf_mail_preference WHERE mode = ? AND updated_at <= ?"
        + " ORDER BY user_id", String.class, Mode.DIGEST.name(), moment.atOffset(ZoneOffset.UTC));
  }

  private record Snapshot(Set<String> digestUsers, long readAt) {
  }
}
