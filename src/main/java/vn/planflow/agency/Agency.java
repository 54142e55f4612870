package vn.planflow.agency;

import java.util.List;

/** One agency of the directory ({@code agencies.csv}); becomes a Camunda group of the same id. */
public record Agency(String id, AgencyType type, String name, List<String> aliases, String email) {

  public Agency {
    aliases = List.copyOf(aliases);
  }

  /** The short name officials write (the first alias), unless the full name is shorter. */
  public String shortName() {
    return aliases.isEmpty() || aliases.get(0).length() >= name.length() ? name : aliases.get(0);
  }
}
