package vn.planflow.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The agencies an administrator may name in a change: those of the directory, and the Camunda
 * groups of an agency type created since in Camunda Admin (the communes and wards that replaced
 * the districts on 01/7/2025, say).
 */
@Component
class KnownAgencies {

  private final AgencyDirectory directory;
  private final IdentityService identityService;

  KnownAgencies(AgencyDirectory directory, IdentityService identityService) {
    this.directory = directory;
    this.identityService = identityService;
  }

  Optional<Agency> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return directory.find(id).or(() -> Optional.ofNullable(
        identityService.createGroupQuery().groupId(id).singleResult()).flatMap(KnownAgencies::agency));
  }

  /** The full name of a known agency, or the id itself. */
  String name(String id) {
    return find(id).map(Agency::name).orElse(id);
  }

  /** Every known agency: the directory's in its order, then the other groups by name. */
  List<Agency> all() {
    List<Agency> all = new ArrayList<>(directory.all());
    identityService.createGroupQuery().list().stream()
        .filter(group -> directory.find(group.getId()).isEmpty())
        .map(KnownAgencies::agency).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Agency::name))
        .forEach(all::add);
    return all;
  }

  private static Optional<Agency> agency(Group group) {
    AgencyType type;
    try {
      type = AgencyType.fromId(group.getType());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // camunda-admin and other groups that are no agency
    }
    String name = group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
    return Optional.of(new Agency(group.getId(), type, name, List.of(), ""));
  }
}
