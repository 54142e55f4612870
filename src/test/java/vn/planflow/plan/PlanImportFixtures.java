package vn.planflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.planflow.agency.Agency;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.agency.AgencyType;

/** The real agency directory and the plan tables of {@code src/test/resources/plans/}, without Spring. */
final class PlanImportFixtures {

  static final AgencyDirectory DIRECTORY =
      AgencyDirectory.of(new ClassPathResource("agencies.csv"));

  private PlanImportFixtures() {
  }

  static AgencyMatcher matcher() {
    return new AgencyMatcher(DIRECTORY, SecretariatBodies.bundled());
  }

  static PlanTableReader reader() {
    return new PlanTableReader(matcher(), DIRECTORY, new DeadlineParser());
  }

  static byte[] plan(String name) {
    try (InputStream in = new ClassPathResource("plans/" + name).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Every agency of a type valid today (by the engine's clock), in the directory's order. */
  static List<String> ofType(AgencyType type) {
    return validOn(type, DIRECTORY.today());
  }

  /** The agencies of a type valid on a day, in the directory's order. */
  static List<String> validOn(AgencyType type, java.time.LocalDate day) {
    return DIRECTORY.validOn(day).stream().filter(agency -> agency.type() == type).map(Agency::id).toList();
  }
}
