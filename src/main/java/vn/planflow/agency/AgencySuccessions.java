package vn.planflow.agency;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which agency carries on the work of a merged or abolished one: {@code current("so-tttt")} is
 * {@code "so-khcn"} once Sở TT&TT was merged into Sở KH&CN, following chains (A → B → C gives C).
 * Kept in memory, read from {@code pf_agency_change} at start, after every recorded change, and
 * at most {@code planflow.agencies.successions-reload} (one minute) after another node recorded
 * one; asked on every task creation ({@link SuccessionCreateListener}), so it must be cheap.
 */
@Component
public class AgencySuccessions {

  private static final Logger LOG = LoggerFactory.getLogger(AgencySuccessions.class);

  /** One recorded hop: {@code agencyId} → {@code successorId}. */
  public record Succession(String agencyId, String successorId, String successorName) {
  }

  private record Snapshot(Map<String, Succession> byAgency, long loadedAt) {
  }

  private final AgencyChangeLog log;
  private final AgencyDirectory directory;
  private final long reloadAfterNanos;
  private volatile Snapshot snapshot;

  AgencySuccessions(AgencyChangeLog log, AgencyDirectory directory,
      @Value("${planflow.agencies.successions-reload:PT1M}") Duration reloadAfter) {
    this.log = log;
    this.directory = directory;
    this.reloadAfterNanos = reloadAfter.toNanos();
  }

  /** The agency that does {@code agencyId}'s work today: itself unless it was retired. */
  public String current(String agencyId) {
    List<String> chain = chain(agencyId);
    return chain.get(chain.size() - 1);
  }

  /**
   * {@code agencyId} and its successors in order; just {@code agencyId} for an active agency. The
   * chain follows the changes administrators recorded, then the directory's dates: an agency that
   * has ended by today, with one agency carrying on its work, leads to that one (Sở TT&TT to Sở
   * KH&CN from 01/3/2025). A district whose work went to several communes ends its chain: which
   * commune takes a task is an administrator's decision ({@code /quan-tri/don-vi}).
   */
  public List<String> chain(String agencyId) {
    List<String> chain = recordedChain(agencyId);
    LocalDate today = directory.today();
    for (String last = chain.get(chain.size() - 1); last != null; last = chain.get(chain.size() - 1)) {
      Agency agency = directory.find(last).orElse(null);
      if (agency == null || !agency.endedBy(today)) {
        break;
      }
      List<String> carriedOn = directory.carriedOnBy(last, today);
      if (carriedOn.size() != 1 || chain.contains(carriedOn.get(0))) {
        break;
      }
      chain.addAll(recordedChain(carriedOn.get(0)));
    }
    return chain;
  }

  /**
   * The agency doing {@code agencyId}'s work by the changes administrators recorded only, for work
   * dated by its own day rather than today (a plan started on a past date follows the directory's
   * dates of that day, {@link AgencyDirectory#carriedOnBy}).
   */
  public String recorded(String agencyId) {
    List<String> chain = recordedChain(agencyId);
    return chain.get(chain.size() - 1);
  }

  private List<String> recordedChain(String agencyId) {
    List<String> chain = new ArrayList<>();
    chain.add(agencyId);
    if (agencyId == null) {
      return chain;
    }
    Map<String, Succession> byAgency = snapshot().byAgency();
    for (Succession next = byAgency.get(agencyId); next != null; next = byAgency.get(next.successorId())) {
      if (chain.contains(next.successorId())) {
        break; // cannot be recorded (AgencyChanges refuses cycles); never loop on a hand-edited table
      }
      chain.add(next.successorId());
    }
    return chain;
  }

  /** Whether an administrator recorded that the agency was merged or replaced. */
  public boolean isRetired(String agencyId) {
    return agencyId != null && snapshot().byAgency().containsKey(agencyId);
  }

  /** The direct successor of a retired agency. */
  public Optional<Succession> successionOf(String agencyId) {
    return Optional.ofNullable(agencyId).map(snapshot().byAgency()::get);
  }

  /** The recorded name of {@code current(agencyId)}, if the agency was retired. */
  public Optional<String> currentName(String agencyId) {
    String current = current(agencyId);
    return snapshot().byAgency().values().stream()
        .filter(succession -> succession.successorId().equals(current))
        .map(Succession::successorName)
        .findFirst();
  }

  /** True while no administrator ever recorded an agency change. */
  public boolean none() {
    return snapshot().byAgency().isEmpty();
  }

  /**
   * True while no agency was ever retired or ended, so that no task can need another agency: the
   * common case of a fresh directory, answered without following any chain.
   */
  public boolean nothingToFollow() {
    return none() && !directory.anyEnds();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void refresh() {
    snapshot = new Snapshot(Map.copyOf(log.successions()), System.nanoTime());
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.loadedAt() > reloadAfterNanos) {
      try {
        refresh();
      } catch (DataAccessException e) {
        if (current == null) {
          throw e;
        }
        LOG.warn("Cannot reload the agency successions; keeping those read before: {}", e.getMessage());
        snapshot = new Snapshot(current.byAgency(), System.nanoTime());
      }
      current = snapshot;
    }
    return current;
  }
}
