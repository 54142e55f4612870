package vn.planflow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyType;

/**
 * Finds the agencies a plan's cell names: by id (as written, case aside), or by full name or
 * alias case- and diacritics-insensitively ({@link PlanText#key}, "UBND" standing for "Ủy ban
 * nhân dân"), and the collectives of {@link AgencyPhrases}.
 * A cell may name several, separated by {@code ;}, {@code ,}, line breaks or "và"; since names
 * hold commas and "và" themselves ("Sở Văn hóa, Thể thao và Du lịch"), the whole cell is tried
 * first, then, from left to right, the longest run of parts that names something.
 */
@Component
public class AgencyMatcher {

  /** The most parts a name or a collective spans ("UBND các huyện, thành phố, thị xã" has four). */
  private static final int MAX_PARTS = 8;
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final List<String> NAME_OPENINGS = List.of("so ", "ubnd ", "uy ban ", "ban ", "van phong ",
      "cong an ", "bo ", "dai ", "bao ", "cong ", "trung tam ", "ngan hang ", "thanh tra ", "vien thong ", "vnpt",
      "chi cuc ", "buu dien ");

  private final AgencyDirectory directory;
  /** Ids match as written (case aside): as keys, "so-van-hoa-the-thao" would be "Sở Văn hóa, Thể thao". */
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Set<String>> idsByKey = new LinkedHashMap<>();

  public AgencyMatcher(AgencyDirectory directory) {
    this.directory = directory;
    directory.all().forEach(agency -> ids.put(agency.id().toLowerCase(Locale.ROOT), agency.id()));
    for (Agency agency : directory.all()) {
      Stream.concat(Stream.of(agency.name()), agency.aliases().stream())
          .map(PlanText::key)
          .flatMap(key -> Stream.of(key, key.replace("uybannhandan", "ubnd"), key.replace("ubnd", "uybannhandan")))
          .filter(key -> !key.isEmpty())
          .forEach(key -> idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(agency.id()));
    }
  }

  /**
   * The ids of the agencies a cell names, in order, without duplicates; collectives expanded.
   *
   * @throws UnknownAgencyException naming every part that is no agency of the directory
   */
  public List<String> resolve(String cell) {
    List<AgencyMention> mentions = mentions(cell);
    List<String> unknown = mentions.stream().filter(mention -> !mention.resolved()).map(AgencyMention::text)
        .toList();
    if (!unknown.isEmpty()) {
      throw new UnknownAgencyException(unknown);
    }
    return mentions.stream().flatMap(mention -> mention.agencyIds().stream()).distinct().toList();
  }

  /** What each part of a cell names, in order; a blank cell names nothing. */
  List<AgencyMention> mentions(String cell) {
    String text = PlanText.clean(cell);
    if (text.isEmpty()) {
      return List.of();
    }
    AgencyMention whole = lookup(text);
    if (whole != null) {
      return List.of(whole);
    }
    List<CellParts.Part> parts = CellParts.split(text);
    List<AgencyMention> mentions = new ArrayList<>();
    int unknownFrom = -1;
    int i = 0;
    while (i < parts.size()) {
      Match match = longestMatch(text, parts, i);
      if (match == null && AgencyPhrases.opensNobodyInParticular(PlanText.key(parts.get(i).text(text)))) {
        int end = endOfNobodyInParticular(text, parts, i);
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
  private Match longestMatch(String text, List<CellParts.Part> parts, int from) {
    for (int end = Math.min(parts.size(), from + MAX_PARTS) - 1; end >= from; end--) {
      AgencyMention mention = lookup(span(text, parts, from, end));
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
  private int endOfNobodyInParticular(String text, List<CellParts.Part> parts, int from) {
    boolean enumeration = parts.get(from).text(text).contains(":");
    int end = from;
    while (end + 1 < parts.size()) {
      CellParts.Part next = parts.get(end + 1);
      boolean sameClause = next.separatorBefore() != ';' && next.separatorBefore() != '\n';
      String nextText = next.text(text);
      boolean continues = !nextText.isEmpty() && Character.isLowerCase(nextText.codePointAt(0))
          && longestMatch(text, parts, end + 1) == null;
      if (!sameClause || !(enumeration || continues)) {
        break;
      }
      enumeration |= nextText.contains(":");
      end++;
    }
    return end;
  }

  private AgencyMention lookup(String written) {
    String text = CellParts.withoutEnumerator(written);
    String id = ids.get(text.toLowerCase(Locale.ROOT));
    if (id != null) {
      return new AgencyMention(text, AgencyMention.Kind.AGENCY, List.of(id));
    }
    String bare = PARENTHESES.matcher(text).replaceAll(" ");
    for (String candidate : bare.equals(text) ? List.of(text) : List.of(text, bare)) {
      String key = PlanText.key(candidate);
      if (key.isEmpty()) {
        continue;
      }
      Set<String> owners = idsByKey.get(key);
      if (owners != null) {
        AgencyMention.Kind kind = owners.size() == 1 ? AgencyMention.Kind.AGENCY : AgencyMention.Kind.AMBIGUOUS;
        return new AgencyMention(PlanText.oneLine(text), kind, List.copyOf(owners));
      }
      Set<AgencyType> types = AgencyPhrases.types(key);
      if (types != null) {
        List<String> members = directory.ofTypes(types).stream().map(Agency::id).toList();
        return new AgencyMention(PlanText.oneLine(text), AgencyMention.Kind.GROUP, members);
      }
    }
    return null;
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
