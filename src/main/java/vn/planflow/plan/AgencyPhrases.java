package vn.planflow.plan;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.planflow.agency.AgencyType;

/**
 * The collectives plans name instead of agencies. A phrase of a level expands to every agency of
 * that type ("Các sở, ban, ngành" to every {@code department}); "địa phương" means the local
 * governments, {@code district} and {@code commune}. Trailing qualifiers ("liên quan", "cấp tỉnh",
 * "có TTHC", "(mới)", "thuộc diện sắp xếp") do not narrow a collective: which of its agencies are
 * concerned is not written, so all are asked. A text opening with "các cơ quan", "các đơn vị",
 * "các doanh nghiệp", "Tổ Công tác" names nobody in particular (or a body outside the directory):
 * it is understood, expands to no agency, and is no error.
 */
final class AgencyPhrases {

  private static final Set<AgencyType> DEPARTMENTS = EnumSet.of(AgencyType.DEPARTMENT);
  private static final Set<AgencyType> DISTRICTS = EnumSet.of(AgencyType.DISTRICT);
  private static final Set<AgencyType> COMMUNES = EnumSet.of(AgencyType.COMMUNE);
  private static final Set<AgencyType> LOCALITIES = EnumSet.of(AgencyType.DISTRICT, AgencyType.COMMUNE);

  private static final Map<String, Set<AgencyType>> PHRASES = new HashMap<>();

  static {
    phrases(DEPARTMENTS, "Các sở, ban, ngành", "Sở, ban, ngành", "Các sở, ngành", "Sở, ngành", "Các sở",
        "Các cơ quan chuyên môn thuộc UBND tỉnh", "Các cơ quan chuyên môn cấp tỉnh");
    phrases(DISTRICTS, "UBND các huyện, thành phố, thị xã", "UBND các huyện, thị xã, thành phố",
        "UBND các huyện, thành, thị", "UBND các huyện, thành phố", "UBND các huyện, thị xã", "UBND các huyện",
        "UBND cấp huyện", "Các huyện, thành phố, thị xã", "Các huyện, thị xã, thành phố", "Các huyện, thành, thị",
        "Cấp huyện");
    phrases(COMMUNES, "UBND cấp xã", "UBND các xã, phường", "UBND các xã, phường, thị trấn", "UBND các xã",
        "Các xã, phường", "Các xã, phường, thị trấn", "Các xã", "Cấp xã", "Tổ Ứng cứu cấp xã");
    phrases(LOCALITIES, "Địa phương", "Các địa phương", "UBND các cấp", "UBND cấp huyện, cấp xã",
        "UBND cấp huyện, xã", "Chính quyền địa phương", "Chính quyền địa phương các cấp");
  }

  private static final List<String> QUALIFIERS = keys("có liên quan", "liên quan", "cấp tỉnh", "tỉnh",
      "có TTHC", "có thủ tục hành chính", "thuộc diện sắp xếp", "trên địa bàn tỉnh", "trên địa bàn", "mới");

  private static final List<String> NOBODY_IN_PARTICULAR = keys("Các cơ quan", "Các đơn vị", "Cơ quan",
      "Đơn vị", "Các doanh nghiệp", "Các tổ chức", "Các Bộ", "Tổ Công tác", "Các Tổ Công tác");

  private AgencyPhrases() {
  }

  /** The agency types a collective expands to, or {@code null} when the text is none. */
  static Set<AgencyType> types(String key) {
    String phrase = key.startsWith("uybannhandan") ? "ubnd" + key.substring("uybannhandan".length()) : key;
    while (!phrase.isEmpty()) {
      Set<AgencyType> types = PHRASES.get(phrase);
      if (types != null) {
        return types;
      }
      String current = phrase;
      phrase = QUALIFIERS.stream().filter(current::endsWith).findFirst()
          .map(qualifier -> current.substring(0, current.length() - qualifier.length())).orElse("");
    }
    return null;
  }

  /** Whether a text opens a collective that names nobody in particular ("các đơn vị có liên quan"). */
  static boolean opensNobodyInParticular(String key) {
    return NOBODY_IN_PARTICULAR.stream().anyMatch(key::startsWith);
  }

  private static void phrases(Set<AgencyType> types, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(PlanText.key(phrase), types);
    }
  }

  private static List<String> keys(String... texts) {
    return java.util.Arrays.stream(texts).map(PlanText::key).toList();
  }
}
