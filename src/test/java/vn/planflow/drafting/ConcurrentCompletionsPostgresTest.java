package vn.planflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.web.AtOnce;
import vn.planflow.web.PageForm;

/**
 * The whole province answering at once, and a hurried official submitting one absence (or one
 * choice of mail) eight times, against the running application on PostgreSQL: a server the test starts itself. Without PostgreSQL's binaries the test is skipped locally and fails on
 * CI (where {@code .ci/run} installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class ConcurrentCompletionsPostgresTest {

  private static LocalPostgres postgres;

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate rest;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    Optional<Path> binaries = LocalPostgres.binaries();
    if (binaries.isEmpty()) {
      assertThat(System.getenv("CI")).as("PostgreSQL's server binaries on CI").isNull();
      assumeTrue(false, "no PostgreSQL server binaries here (apt-get install postgresql)");
    }
    postgres = LocalPostgres.start(binaries.get());
    registry.add("spring.datasource.url", postgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    // a context of its own: its engine takes its own name, so that the shared context's REST API
    // (which finds its engine by the name "default") stays on that one; this test calls its own
    // engine by name (/engine-rest/engine/postgres)
    registry.add("camunda.bpm.process-engine-name", () -> "postgres");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void everyAgencyOfThreePlansCompletesAtOnceAndEachPlanMovesOnOnce() throws Exception {
    ConcurrentCompletions.Outcome outcome = ConcurrentCompletions.run(engine, rest, "/engine-rest/engine/postgres", 3, 16);

    assertThat(outcome.statuses()).as("every completion accepted, none refused or lost").containsOnlyKeys(204);
    for (ProcessInstance plan : outcome.plans()) {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isZero();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).count()).as("the plan moved on exactly once").isEqualTo(1);
    }
  }

  @Test
  void eightIdenticalAbsencesSubmittedAtOnceMakeOne() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    PageForm page = PageForm.open(rest, "so-khcn", "demo", "/ca-nhan/vang-mat");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("standIn", "tran-thi-mai");
    form.add("from", today.toString());
    form.add("to", today.plusDays(2).toString());
    form.add("reason", "Nghỉ phép năm");
    Callable<Integer> submission = page.submit(rest, "so-khcn", "demo", "/ca-nhan/vang-mat", form);

    assertThat(AtOnce.run(8, Collections.nCopies(8, submission))).isEqualTo(Map.of(200, 1, 400, 7));
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (var connection = configuration.getDataSource().getConnection();
        var count = connection.createStatement().executeQuery(
            "SELECT COUNT(*) FROM pf_absence WHERE user_id = 'so-khcn' AND cancelled_at IS NULL")) {
      count.next();
      assertThat(count.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void eightSavesOfOnesMailChoiceAtOnceRecordItOnce() throws Exception {
    PageForm page = PageForm.open(rest, "so-y-te", "demo", "/ca-nhan/thong-bao");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("mode", "DIGEST");
    Callable<Integer> save = page.submit(rest, "so-y-te", "demo", "/ca-nhan/thong-bao", form);

    // the rows' race (update, else insert, else update) holds on PostgreSQL: no save meets an error
    assertThat(AtOnce.run(8, Collections.nCopies(8, save))).isEqualTo(Map.of(200, 8));
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (var connection = configuration.getDataSource().getConnection();
        var modes = connection.createStatement().executeQuery(
            "SELECT mode FROM pf_mail_preference WHERE user_id = 'so-y-te'")) {
      assertThat(modes.next()).isTrue();
      assertThat(modes.getString(1)).isEqualTo("DIGEST");
      assertThat(modes.next()).as("one row").isFalse();
    }
  }

  @Test
  void theAuthorizationUserIndexIsCreatedBesideTheEnginesOwn() throws Exception {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Set<String> names = new HashSet<>();
    try (var connection = configuration.getDataSource().getConnection();
        var indexes = connection.getMetaData().getIndexInfo(null, null, "act_ru_authorization", false, false)) {
      while (indexes.next()) {
        names.add(indexes.getString("INDEX_NAME"));
      }
    }
    assertThat(names).as("PostgreSQL folds unquoted names to lower case")
        .contains("pf_idx_auth_user", "act_idx_auth_group_id");
  }
}
