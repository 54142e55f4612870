package vn.planflow.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded agency change ({@code pf_agency_change}): {@code agencyId} retired on {@code
 * effectiveDate} in favour of {@code successorId}; {@code recordedBy} recorded it at {@code
 * recordedAt}, which moved the open tasks {@code movedTaskIds} and the variables of the running
 * instances {@code movedProcessInstanceIds}. Names are as they were when recorded.
 */
public record AgencyChange(long id, String agencyId, String agencyName, String successorId, String successorName,
    ChangeKind kind, String reason, LocalDate effectiveDate, String recordedBy, Instant recordedAt,
    List<String> movedTaskIds, List<String> movedProcessInstanceIds) {

  public AgencyChange {
    movedTaskIds = List.copyOf(movedTaskIds);
    movedProcessInstanceIds = List.copyOf(movedProcessInstanceIds);
  }
}
