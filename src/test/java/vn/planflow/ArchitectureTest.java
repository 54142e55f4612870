package vn.planflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: features above a small bottom, engine internals behind one adapter. */
class ArchitectureTest {

  /** The bottom: packages every feature may use and that know no feature. */
  private static final String[] BOTTOM = {"vn.planflow.time..", "vn.planflow.names..", "vn.planflow.refusal..",
      "vn.planflow.web..", "vn.planflow.engine.."};
  private static final String[] FEATURES = {"vn.planflow.agency..", "vn.planflow.notification..",
      "vn.planflow.deadline..", "vn.planflow.document..", "vn.planflow.drafting..", "vn.planflow.plan..",
      "vn.planflow.dashboard..", "vn.planflow.absence..", "vn.planflow.trail.."};

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    // the application's own classes folder (or jar): never the tests', whatever the build's layout
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importLocations(Set.of(Location.of(PlanflowApplication.class.getProtectionDomain().getCodeSource().getLocation())));
  }

  @Test
  void readsTheApplicationsClassesAndNoTest() {
    assertThat(main.contain(PlanflowApplication.class)).isTrue();
    assertThat(main.contain(ArchitectureTest.class)).isFalse();
    assertThat(main.size()).isGreaterThan(100);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("vn.planflow.(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void theBottomKnowsNoFeature() {
    noClasses().that().resideInAnyPackage(BOTTOM).should().dependOnClassesThat().resideInAnyPackage(FEATURES)
        .check(main);
  }

  @Test
  void engineAndWebappInternalsStayBehindTheAdapter() {
    noClasses().that().resideOutsideOfPackage("vn.planflow.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..",
            "org.camunda.bpm.webapp.impl..")
        .check(main);
  }

  /** The dashboard and the trail read every feature; nothing reads them. */
  @Test
  void noFeatureDependsOnTheReaders() {
    for (String reader : new String[] {"vn.planflow.trail..", "vn.planflow.dashboard.."}) {
      noClasses().that().resideOutsideOfPackage(reader).should().dependOnClassesThat().resideInAPackage(reader)
          .check(main);
    }
  }

  @Test
  void agencyKnowsNoProcess() {
    noClasses().that().resideInAPackage("vn.planflow.agency..").should().dependOnClassesThat()
        .resideInAnyPackage("vn.planflow.drafting..", "vn.planflow.plan..", "vn.planflow.deadline..",
            "vn.planflow.notification..", "vn.planflow.document..")
        .check(main);
  }
}
