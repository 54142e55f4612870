package vn.planflow.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The agencies of the province, read from the directory file ({@code planflow.agencies.location},
 * by default {@code src/main/resources/agencies.csv}): {@code id;type;name;aliases;email}, aliases
 * separated by {@code |}.
 */
@Component
public class AgencyDirectory {

  private static final String HEADER = "id;type;name;aliases;email";

  private final Map<String, Agency> agencies;

  public AgencyDirectory(AgencyProperties properties) {
    this.agencies = read(properties.location());
  }

  public Collection<Agency> all() {
    return agencies.values();
  }

  public Optional<Agency> find(String id) {
    return Optional.ofNullable(id).map(agencies::get);
  }

  public Agency get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown agency: " + id));
  }

  /** The agency's full Vietnamese name, or the id itself for an id the directory does not know. */
  public String name(String id) {
    return find(id).map(Agency::name).orElse(id);
  }

  public List<Agency> ofTypes(Set<AgencyType> types) {
    return agencies.values().stream().filter(agency -> types.contains(agency.type())).toList();
  }

  static Map<String, Agency> read(Resource resource) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !HEADER.equals(header.replace("\uFEFF", "").trim())) {
        throw new IllegalStateException(resource + ": the first line must be " + HEADER);
      }
      Map<String, Agency> result = new LinkedHashMap<>();
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Agency agency = parse(line, resource, lineNumber);
        if (result.putIfAbsent(agency.id(), agency) != null) {
          throw new IllegalStateException(resource + ":" + lineNumber + ": duplicate id " + agency.id());
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the agency directory " + resource, e);
    }
  }

  private static Agency parse(String line, Resource resource, int lineNumber) {
    String[] fields = line.split(";", -1);
    if (fields.length != 5) {
      throw new IllegalStateException(resource + ":" + lineNumber + ": expected 5 fields, found " + fields.length);
    }
    List<String> aliases = new ArrayList<>();
    Arrays.stream(fields[3].split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).forEach(aliases::add);
    return new Agency(fields[0].trim(), AgencyType.fromId(fields[1].trim()), fields[2].trim(), aliases,
        fields[4].trim());
  }
}
