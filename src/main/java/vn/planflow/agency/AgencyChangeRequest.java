package vn.planflow.agency;

/**
 * What an administrator asks for, as typed ({@code POST /api/agencies/{id}/successor} or the
 * form of {@code /quan-tri/don-vi}): {@code kind} is {@code merge} or {@code replace}, {@code
 * effectiveDate} is yyyy-MM-dd or empty for today. {@link AgencyChanges} checks every field.
 */
public record AgencyChangeRequest(String successor, String kind, String reason, String effectiveDate) {
}
