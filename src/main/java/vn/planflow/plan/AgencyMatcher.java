package vn.planflow.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyType;

/**
 * Finds the agencies a plan's cell names on the plan's date: by id (as written, case aside), or by
 * full name or alias case- and diacritics-insensitively ({@link PlanText#key}, "UBND" standing for
 * "Ủy ban nhân dân"), the collectives of {@link AgencyPhrases} (their agencies valid on that date)
 * and the bodies of {@link SecretariatBodies} (their secretariat). An agency that had ended by
 * the date stands for those carrying on its work then (Sở TT&TT for Sở KH&CN after 01/3/2025, a
 * district for its communes after 01/7/2025), and the mention says so.
 * A cell may name several, separated by {@code ;}, {@code ,}, line breaks or "và"; since names
 * hold commas and "và" themselves ("Sở Văn hóa, Thể thao và Du lịch"), the whole cell is tried
 * first, then, from left to right, the longest run of parts that names something.
 */
@Component
public class AgencyMatcher {

  /** The most parts a name or a collective spans ("UBND các huyện, thành phố, thị xã" has four). */
  private static final int MAX_PARTS = 8;
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> NAME_OPENINGS = List.of("so ", "ubnd ", "uy ban ", "ban ", "van phong ",
      "cong an ", "bo ", "dai ", "bao ", "cong ", "trung tam ", "ngan hang ", "thanh tra ", "vien thong ", "vnpt",
      "chi cuc ", "buu dien ", "to cong tac ", "xa ", "phuong ");

  /** The names of one version of the directory. */
  private record Index(int version, Map<String, String> ids, Map<String, Set<String>> idsByKey,
      Map<String, SecretariatBodies.Body> bodiesByKey) {
  }

  private final AgencyDirectory directory;
  private final SecretariatBodies bodies;
  private volatile Index index;

  public AgencyMatcher(AgencyDirectory directory, SecretariatBodies bodies) {
    this.directory = directory;
    this.bodies = bodies;
  }

  private Index index() {
    Index current = index;
    if (current == null || current.version() != directory.version()) {
      // ids match as written (case aside): as keys, "so-van-hoa-the-thao" would be "Sở Văn hóa, Thể thao"
      Map<String, String> ids = new HashMap<>();
      Map<String, Set<String>> idsByKey = new LinkedHashMap<>();
      for (Agency agency : directory.all()) {
        ids.put(agency.id().toLowerCase(Locale.ROOT), agency.id());
        Stream.concat(Stream.of(agency.name()), agency.aliases().stream())
            .flatMap(AgencyMatcher::keys)
            .forEach(key -> idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(agency.id()));
      }
      Map<String, SecretariatBodies.Body> bodiesByKey = new HashMap<>();
      for (SecretariatBodies.Body body : bodies.all()) {
        body.names().flatMap(AgencyMatcher::keys).forEach(key -> bodiesByKey.put(key, body));
      }
      current = new Index(directory.version(), ids, idsByKey, bodiesByKey);
      index = current;
    }
    return current;
  }

  private static Stream<String> keys(String name) {
    String key = PlanText.key(name);
    return Stream.of(key, key.replace("uybannhandan", "ubnd"), key.replace("ubnd", "uybannhandan"))
        .filter(k -> !k.isEmpty()).distinct();
  }

  /**
   * The ids of the agencies a cell names today, in order, without duplicates; collectives expanded.
   *
   * @throws UnknownAgencyException naming every part that is no agency of the directory
   */
  public List<String> resolve(String cell) {
    return resolve(cell, directory.today());
  }

  /**
   * The ids of the agencies a cell names on {@code day}, in order, without duplicates; collectives
   * expanded to their agencies valid that day, ended agencies to those carrying on their work.
   *
   * @throws UnknownAgencyException naming every part that is no agency of the directory then
   */
  public List<String> resolve(String cell, LocalDate day) {
    List<AgencyMention> mentions = mentions(cell, day);
    List<String> unknown = mentions.stream().filter(mention -> !mention.resolved()).map(AgencyMention::text)
        .toList();
    if (!unknown.isEmpty()) {
      throw new UnknownAgencyException(unknown);
    }
    return mentions.stream().flatMap(mention -> mention.agencyIds().stream()).distinct().toList();
  }

  /** What each part of a cell names today. */
  List<AgencyMention> mentions(String cell) {
    return mentions(cell, directory.today());
  }

  /** What each part of a cell names on {@code day}, in order; a blank cell names nothing. */
  List<AgencyMention> mentions(String cell, LocalDate day) {
    String text = PlanText.clean(cell);
    if (text.isEmpty()) {
      return List.of();
    }
    Index names = index();
    AgencyMention whole = lookup(names, text, day);
    if (whole != null) {
      return List.of(whole);
    }
    List<CellParts.Part> parts = CellParts.split(text);
    List<AgencyMention> mentions = new ArrayList<>();
    int unknownFrom = -1;
    int i = 0;
    while (i < parts.size()) {
      Match match = longestMatch(names, text, parts, i, day);
      if (match == null && AgencyPhrases.opensNobodyInParticular(PlanText.key(parts.get(i).text(text)))) {
        int end = endOfNobodyInParticular(names, text, parts, i, day);
        match = new Match(end, new AgencyMention(PlanText.oneLine(span(text, parts, i, end)),
            AgencyMention.Kind.GROUP, List.of()));
      }
      if (match != null) {
        addUnknown(text, parts, unknownFrom, i, mentions);
        unknownFrom = -1;
        mentions.add(match.mention());
        i = match.end() + 1;
        continue;
      }
      if (unknownFrom >= 0 && startsAnotherName(parts.get(i), text)) {
        addUnknown(text, parts, unknownFrom, i, mentions);
        unknownFrom = -1;
      }
      if (unknownFrom < 0) {
        unknownFrom = i;
      }
      i++;
    }
    addUnknown(text, parts, unknownFrom, parts.size(), mentions);
    return mentions;
  }

  private record Match(int end, AgencyMention mention) {
  }

  /** The longest run of parts from {@code from} that names something, or {@code null}. */
  private Match longestMatch(Index names, String text, List<CellParts.Part> parts, int from, LocalDate day) {
    for (int end = Math.min(parts.size(), from + MAX_PARTS) - 1; end >= from; end--) {
      AgencyMention mention = lookup(names, span(text, parts, from, end), day);
      if (mention != null) {
        return new Match(end, mention);
      }
    }
    return null;
  }

  /**
   * A collective that names nobody goes on over the parts that continue its description (lower
   * case, naming nothing themselves) and over an enumeration after a colon ("các đơn vị trực thuộc
   * các Bộ, ngành: Công an, Quốc phòng"), up to a semicolon or a line break.
   */
  private int endOfNobodyInParticular(Index names, String text, List<CellParts.Part> parts, int from,
      LocalDate day) {
    boolean enumeration = parts.get(from).text(text).contains(":");
    int end = from;
    while (end + 1 < parts.size()) {
      CellParts.Part next = parts.get(end + 1);
      boolean sameClause = next.separatorBefore() != ';' && next.separatorBefore() != '\n';
      String nextText = next.text(text);
      boolean continues = !nextText.isEmpty() && Character.isLowerCase(nextText.codePointAt(0))
          && longestMatch(names, text, parts, end + 1, day) == null;
      if (!sameClause || !(enumeration || continues)) {
        break;
      }
      enumeration |= nextText.contains(":");
      end++;
    }
    return end;
  }

  private AgencyMention lookup(Index names, String written, LocalDate day) {
    String text = CellParts.withoutEnumerator(written);
    String id = names.ids().get(text.toLowerCase(Locale.ROOT));
    if (id != null) {
      return onDay(text, Set.of(id), day);
    }
    String bare = PARENTHESES.matcher(text).replaceAll(" ");
    for (String candidate : bare.equals(text) ? List.of(text) : List.of(text, bare)) {
      String key = PlanText.key(candidate);
      if (key.isEmpty()) {
        continue;
      }
      Set<String> owners = names.idsByKey().get(key);
      if (owners != null) {
        return onDay(PlanText.oneLine(text), owners, day);
      }
      SecretariatBodies.Body body = names.bodiesByKey().get(key);
      if (body != null) {
        List<String> secretariat = directory.carriedOnBy(body.secretariat(), day);
        return new AgencyMention(PlanText.oneLine(text), AgencyMention.Kind.BODY, secretariat,
            "\"" + body.name() + "\" không phải là một đơn vị; việc giao cho cơ quan thường trực: "
                + names(secretariat) + " (" + body.source() + ")");
      }
      Set<AgencyType> types = AgencyPhrases.types(key);
      if (types != null) {
        List<String> members = directory.ofTypes(types, day).stream().map(Agency::id).toList();
        if (!members.isEmpty()) {
          return new AgencyMention(PlanText.oneLine(text), AgencyMention.Kind.GROUP, members,
              members.size() + " đơn vị có hiệu lực ngày " + DAY.format(day));
        }
        // a level that has ended (the districts after 30/6/2025): its work went to its successors
        List<String> successors = directory.ofTypes(types).stream().filter(agency -> agency.endedBy(day))
            .flatMap(agency -> directory.carriedOnBy(agency.id(), day).stream()).distinct().toList();
        return new AgencyMention(PlanText.oneLine(text), AgencyMention.Kind.GROUP, successors,
            successors.isEmpty() ? "không còn đơn vị nào thuộc nhóm này vào ngày " + DAY.format(day)
                : "các đơn vị này đã kết thúc hoạt động trước ngày " + DAY.format(day) + "; công việc chuyển cho "
                    + names(successors));
      }
    }
    return null;
  }

  /**
   * The agencies a name stands for on {@code day}: those of its owners valid then, else those
   * carrying on the ended owners' work, else (owners created later) none yet.
   */
  private AgencyMention onDay(String text, Set<String> owners, LocalDate day) {
    List<String> valid = owners.stream().filter(owner -> directory.isValid(owner, day)).toList();
    if (valid.size() == 1) {
      return new AgencyMention(text, AgencyMention.Kind.AGENCY, valid);
    }
    if (valid.size() > 1) {
      return new AgencyMention(text, AgencyMention.Kind.AMBIGUOUS, valid);
    }
    List<String> ended = owners.stream()
        .filter(owner -> directory.find(owner).map(agency -> agency.endedBy(day)).orElse(false)).toList();
    if (ended.size() > 1) {
      return new AgencyMention(text, AgencyMention.Kind.AMBIGUOUS, List.copyOf(owners));
    }
    if (ended.size() == 1) {
      Agency agency = directory.get(ended.get(0));
      List<String> successors = directory.carriedOnBy(agency.id(), day);
      return new AgencyMention(text, AgencyMention.Kind.AGENCY, successors, agency.name() + " đã hết hiệu lực ngày "
          + DAY.format(agency.validTo()) + "; công việc chuyển cho " + names(successors));
    }
    Agency later = directory.get(owners.iterator().next());
    return new AgencyMention(text, AgencyMention.Kind.NOT_YET, List.of(), later.name() + " chỉ có hiệu lực từ ngày "
        + (later.validFrom() == null ? "?" : DAY.format(later.validFrom())));
  }

  private String names(List<String> ids) {
    if (ids.isEmpty()) {
      return "không đơn vị nào";
    }
    if (ids.size() > 3) {
      return ids.size() + " đơn vị (" + ids.stream().limit(3).map(directory::name).collect(Collectors.joining(", "))
          + ", …)";
    }
    return ids.stream().map(directory::name).collect(Collectors.joining(", "));
  }

  private static void addUnknown(String text, List<CellParts.Part> parts, int from, int to,
      List<AgencyMention> mentions) {
    if (from >= 0 && to > from) {
      mentions.add(new AgencyMention(PlanText.oneLine(span(text, parts, from, to - 1)), AgencyMention.Kind.UNKNOWN,
          List.of()));
    }
  }

  private static boolean startsAnotherName(CellParts.Part part, String text) {
    String folded = PlanText.fold(part.text(text));
    return part.separatorBefore() == ';' || part.separatorBefore() == '\n'
        || NAME_OPENINGS.stream().anyMatch(folded::startsWith);
  }

  private static String span(String text, List<CellParts.Part> parts, int from, int to) {
    return text.substring(parts.get(from).start(), parts.get(to).end());
  }
}
