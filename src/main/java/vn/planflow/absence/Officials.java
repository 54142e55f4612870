package vn.planflow.absence;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.planflow.agency.AgencyDirectory;
import vn.planflow.engine.EngineIdentity;

/**
 * The officials as absences need them: who exists, their names, the agencies (groups of the
 * directory) they belong to, and their colleagues. Read without the caller's authorizations.
 */
@Component
class Officials {

  /** An official as a list shows them. */
  record Person(String id, String name) {

    public String label() {
      return name.equals(id) ? id : name + " (" + id + ")";
    }
  }

  private final IdentityService identityService;
  private final AgencyDirectory directory;

  Officials(IdentityService identityService, AgencyDirectory directory) {
    this.identityService = identityService;
    this.directory = directory;
  }

  Optional<User> find(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(asChecked(() -> identityService.createUserQuery().userId(userId.trim()).singleResult()));
  }

  String name(String userId) {
    return find(userId).map(Officials::name).orElse(userId);
  }

  /** The agencies {@code userId} belongs to, in the directory's sense (not the administrators, not the leaders). */
  List<String> agenciesOf(String userId) {
    return asChecked(() -> identityService.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId)
        .filter(id -> directory.find(id).isPresent()).sorted().toList();
  }

  /** The other members of {@code userId}'s agencies, by name. */
  List<Person> colleaguesOf(String userId) {
    Set<String> seen = new LinkedHashSet<>();
    return agenciesOf(userId).stream()
        .flatMap(agency -> asChecked(() -> identityService.createUserQuery().memberOfGroup(agency).list()).stream())
        .filter(user -> !user.getId().equals(userId) && seen.add(user.getId()))
        .map(user -> new Person(user.getId(), name(user))).sorted(Comparator.comparing(Person::name)).toList();
  }

  /** Every user, by name (the administrators' lists; who may stand in for whom is checked on recording). */
  List<Person> all() {
    return asChecked(() -> identityService.createUserQuery().list()).stream()
        .map(user -> new Person(user.getId(), name(user))).sorted(Comparator.comparing(Person::name)).toList();
  }

  boolean isMember(String userId, String agencyId) {
    return asChecked(() -> identityService.createUserQuery().userId(userId).memberOfGroup(agencyId).count()) > 0;
  }

  String agencyName(String agencyId) {
    return directory.name(agencyId);
  }

  private <T> T asChecked(java.util.function.Supplier<T> query) {
    return EngineIdentity.asChecked(identityService, query);
  }

  static String name(User user) {
    return EngineIdentity.displayName(user);
  }
}
