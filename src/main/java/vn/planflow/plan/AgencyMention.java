package vn.planflow.plan;

import java.util.List;

/**
 * One part of an agency cell as {@link AgencyMatcher} understood it.
 *
 * @param text the part as written
 * @param kind what it names
 * @param agencyIds the agency ({@code AGENCY}), the collective's agencies ({@code GROUP}, possibly
 *     none), the candidates ({@code AMBIGUOUS}) or nothing ({@code UNKNOWN})
 */
record AgencyMention(String text, Kind kind, List<String> agencyIds) {

  enum Kind {
    /** One agency of the directory, by id, full name or alias. */
    AGENCY,
    /** A collective ("Các sở, ban, ngành", "UBND cấp xã", "các đơn vị có liên quan"). */
    GROUP,
    /** A name that several agencies of the directory share. */
    AMBIGUOUS,
    /** Nothing the directory knows. */
    UNKNOWN
  }

  AgencyMention {
    agencyIds = List.copyOf(agencyIds);
  }

  boolean resolved() {
    return kind == Kind.AGENCY || kind == Kind.GROUP;
  }
}
