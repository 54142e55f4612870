package vn.planflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Bodies that plans name as leads but that are no agency and receive no task themselves (a
 * working group, a steering committee): their work goes to the agency that serves as their
 * secretariat (cơ quan thường trực). Kept as data in {@code bodies.csv} ({@code
 * planflow.agencies.bodies}): {@code id;name;aliases;secretariat;source}, aliases separated by
 * {@code |}. A secretariat that has ended by a plan's date is followed to its successor.
 */
@Component
public class SecretariatBodies {

  private static final String HEADER = "id;name;aliases;secretariat;source";

  /** One body. */
  public record Body(String id, String name, List<String> aliases, String secretariat, String source) {

    public Body {
      aliases = List.copyOf(aliases);
    }

    Stream<String> names() {
      return Stream.concat(Stream.of(name), aliases.stream());
    }
  }

  private final List<Body> bodies;

  SecretariatBodies(@Value("${planflow.agencies.bodies:classpath:bodies.csv}") Resource resource) {
    this.bodies = read(resource);
  }

  /** The bodies of the file shipped with the application, without Spring. */
  public static SecretariatBodies bundled() {
    return new SecretariatBodies(new ClassPathResource("bodies.csv"));
  }

  public List<Body> all() {
    return bodies;
  }

  private static List<Body> read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
      if (!HEADER.equals(lines[0].trim())) {
        throw new IllegalStateException(resource + ": the first line must be " + HEADER);
      }
      List<Body> result = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] fields = lines[i].split(";", 5); // the source, last, may hold semicolons
        if (fields.length != 5) {
          throw new IllegalStateException(resource + ":" + (i + 1) + ": expected 5 fields, found " + fields.length);
        }
        result.add(new Body(fields[0].trim(), fields[1].trim(), Arrays.stream(fields[2].split("\\|"))
            .map(String::trim).filter(alias -> !alias.isEmpty()).toList(), fields[3].trim(), fields[4].trim()));
      }
      return List.copyOf(result);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bodies " + resource, e);
    }
  }
}
