package vn.planflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.time.CalendarProperties;
import vn.planflow.time.WorkingCalendar;

/**
 * Writes the daily digests into the outbox: on a working day, once the engine's clock has passed
 * {@code planflow.notification.digest-at} (in the province's zone), one row per official who chose
 * the digest before that moment and has something to read, keyed {@code (digest:<user>, DIGEST,
 * moment)}, so that the outbox's unique key keeps it once across retries, restarts and nodes, and
 * {@link OutboxSender} sends it with the same retries as every mail. Called from the outbox's
 * poller ({@link OutboxPoller}) at each poll, and by tests directly; a node that was down at the hour
 * writes the day's digests when it comes back, the same day.
 */
@Service
public class Digests {

  /** The outbox's {@code task_id} of a digest: this prefix and the official's id. */
  static final String KEY_PREFIX = "digest:";
  private static final int KEY_LENGTH = 64;
  private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

  private final MailPreferences preferences;
  private final DigestTasks tasks;
  private final NoticeMails mails;
  private final Outbox outbox;
  private final OutboxSignal signal;
  private final IdentityService identityService;
  private final WorkingCalendar calendar;
  private final CalendarProperties calendarProperties;
  private final NotificationProperties properties;
  private final Clock clock = Clock.systemUTC();
  /**
   * The last digest moment this node wrote every digest of, and the preference changes it knew
   * then; later polls that day do nothing until a preference changes on this node.
   */
  private volatile Done done;

  Digests(MailPreferences preferences, DigestTasks tasks, NoticeMails mails, Outbox outbox, OutboxSignal signal,
      IdentityService identityService, WorkingCalendar calendar, CalendarProperties calendarProperties,
      NotificationProperties properties) {
    this.preferences = preferences;
    this.tasks = tasks;
    this.mails = mails;
    this.outbox = outbox;
    this.signal = signal;
    this.identityService = identityService;
    this.calendar = calendar;
    this.calendarProperties = calendarProperties;
    this.properties = properties;
  }

  /**
   * Writes today's digests if today is a working day, its digest time has passed on the engine's
   * clock and this node has not written them yet; returns how many rows it added.
   */
  public int writeDue() {
    Instant now = EngineClock.instant();
    LocalDate today = now.atZone(calendarProperties.zone()).toLocalDate();
    if (!calendar.isWorkingDay(today)) {
      return 0;
    }
    Instant moment = momentOf(today);
    if (now.isBefore(moment) || new Done(moment, preferences.changes()).equals(done)) {
      return 0;
    }
    return EngineIdentity.withoutAuthorization(() -> write(today, moment, now));
  }

  /** The digest time of {@code day}. */
  Instant momentOf(LocalDate day) {
    return ZonedDateTime.of(day, properties.digestAt(), calendarProperties.zone()).toInstant();
  }

  /** The first digest moment after {@code now}: the next working day's (or today's, before the hour). */
  Instant nextAfter(Instant now) {
    LocalDate day = calendar.onOrAfter(now.atZone(calendarProperties.zone()).toLocalDate());
    while (!momentOf(day).isAfter(now)) {
      day = calendar.plusWorkingDays(day, 1);
    }
    return momentOf(day);
  }

  private int write(LocalDate today, Instant moment, Instant now) {
    long changes = preferences.changes();
    Set<String> written = new HashSet<>(outbox.digestsAt(moment));
    DigestTasks.Run run = tasks.run(now, today);
    int added = 0;
    boolean complete = true;
    for (String userId : preferences.digestUsersAt(moment)) {
      if (written.contains(key(userId))) {
        continue;
      }
      try {
        added += writeOne(userId, today, moment, run) ? 1 : 0;
      } catch (RuntimeException e) {
        complete = false;
        LOG.warn("The digest of {} for {} could not be written; trying again at the next poll: {}", userId, today,
            e.toString());
      }
    }
    if (complete) {
      done = new Done(moment, changes);
    }
    if (added > 0) {
      LOG.info("{} daily digest(s) of {} written", added, today);
      signal.wake();
    }
    return added;
  }

  private boolean writeOne(String userId, LocalDate today, Instant moment, DigestTasks.Run run) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String email = user == null || user.getEmail() == null ? "" : user.getEmail().trim();
    if (email.isEmpty()) {
      LOG.debug("{} chose the digest but has no e-mail address: no digest", userId);
      return false;
    }
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<Digest.Plan> own = run.own(userId, groupIds);
    Set<String> listed = own.stream().flatMap(plan -> plan.items().stream()).map(Digest.Item::taskId)
        .collect(Collectors.toSet());
    Digest digest = new Digest(userId, EngineIdentity.displayName(user), email, today, moment, own, run.chased(groupIds, listed));
    if (digest.isEmpty()) {
      return false;
    }
    TaskNotice notice = new TaskNotice(NoticeKind.DIGEST, key(userId), "Thư tổng hợp hằng ngày", "", null, null,
        userId, digest.userName() + " (" + userId + ")", null, moment, 0, groupIds, userId);
    return outbox.add(notice, List.of(email), mails.render(digest), Outbox.PENDING, clock.instant());
  }

  private record Done(Instant moment, long preferenceChanges) {
  }

  /** {@code digest:<user id>}, or for an id too long for the outbox's key, a hash of it. */
  static String key(String userId) {
    String key = KEY_PREFIX + userId;
    if (key.length() <= KEY_LENGTH) {
      return key;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
      return KEY_PREFIX + "#" + HexFormat.of().formatHex(hash).substring(0, KEY_LENGTH - KEY_PREFIX.length() - 1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
