package vn.planflow.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * One agency of the directory ({@code agencies.csv}); becomes a Camunda group of the same id.
 *
 * @param validFrom the first day the agency exists, {@code null} when it existed before any plan
 * @param validTo the last day it exists (its work goes to its successors the day after), {@code
 *     null} while it exists
 * @param successors the agencies that carry on its work after {@code validTo}: one for a merged
 *     department, several for a district whose work went to its communes
 * @param source the documents that created, renamed or ended it (number and date)
 */
public record Agency(String id, AgencyType type, String name, List<String> aliases, String email,
    LocalDate validFrom, LocalDate validTo, List<String> successors, String source) {

  public Agency {
    aliases = List.copyOf(aliases);
    successors = List.copyOf(successors);
    source = source == null ? "" : source;
  }

  /** An agency without dates: valid on every day. */
  public Agency(String id, AgencyType type, String name, List<String> aliases, String email) {
    this(id, type, name, aliases, email, null, null, List.of(), "");
  }

  /** Whether the agency exists on {@code day}, and may be given new work then. */
  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  /** Whether the agency has ended by {@code day}. */
  public boolean endedBy(LocalDate day) {
    return validTo != null && day.isAfter(validTo);
  }

  /** The short name officials write (the first alias), unless the full name is shorter. */
  public String shortName() {
    return aliases.isEmpty() || aliases.get(0).length() >= name.length() ? name : aliases.get(0);
  }
}
