package vn.planflow.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comma-separated agency lists of running plans, as an agency change rewrites them. */
class AgencyVariablesTest {

  @Test
  void replacesTheRetiredAgencyInPlaceAndDropsTheDuplicateItMakes() {
    Map<String, String> successors = Map.of("ubnd-tx-cua-lo", "ubnd-tp-vinh");

    assertThat(AgencyVariables.replaceInList("ubnd-tx-cua-lo, so-y-te,ubnd-tp-vinh",
        id -> successors.getOrDefault(id, id))).isEqualTo("ubnd-tp-vinh,so-y-te");
  }

  @Test
  void answersNullWhenNoIdIsRetired() {
    assertThat(AgencyVariables.replaceInList("so-tttt-cu,so-y-te,so-y-te", id -> id.equals("so-tttt") ? "x" : id))
        .isNull();
    assertThat(AgencyVariables.replaceInList(null, id -> id)).isNull();
  }
}
