package vn.planflow.plan;

import java.util.List;

/**
 * One part of an agency cell as {@link AgencyMatcher} understood it, on the plan's date.
 *
 * @param text the part as written
 * @param kind what it names
 * @param agencyIds the agency ({@code AGENCY}: the one named, or those carrying on its work when it
 *     had ended by the plan's date), the collective's agencies valid on the plan's date ({@code
 *     GROUP}, possibly none), the body's secretariat ({@code BODY}), the candidates ({@code
 *     AMBIGUOUS}) or nothing ({@code UNKNOWN}, {@code NOT_YET})
 * @param note how the text was read when it is not simply an agency's name, in Vietnamese, for the
 *     import's preview ("Sở Thông tin và Truyền thông đã hết hiệu lực ngày 28/02/2025; công việc
 *     chuyển cho Sở Khoa học và Công nghệ"); {@code ""} otherwise
 */
record AgencyMention(String text, Kind kind, List<String> agencyIds, String note) {

  enum Kind {
    /** One agency of the directory, by id, full name or alias. */
    AGENCY,
    /** A collective ("Các sở, ban, ngành", "UBND cấp xã", "các đơn vị có liên quan"). */
    GROUP,
    /** A body that is no agency (a working group, a steering committee), done by its secretariat. */
    BODY,
    /** A name that several agencies of the directory share. */
    AMBIGUOUS,
    /** An agency of the directory that did not exist yet on the plan's date. */
    NOT_YET,
    /** Nothing the directory knows. */
    UNKNOWN
  }

  AgencyMention {
    agencyIds = List.copyOf(agencyIds);
    note = note == null ? "" : note;
  }

  AgencyMention(String text, Kind kind, List<String> agencyIds) {
    this(text, kind, agencyIds, "");
  }

  boolean resolved() {
    return kind == Kind.AGENCY || kind == Kind.GROUP || kind == Kind.BODY;
  }
}
