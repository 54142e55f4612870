package vn.planflow.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.planflow.Browsers;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * A stand-in opens the real Tasklist (headless Chromium) while a colleague is away and finds the
 * colleague's claimed task under the filter "Ủy quyền: …".
 */
@PlanflowTest
class StandInBrowserIT {

  static final String AWAY = "so-tai-chinh";
  static final String STAND_IN = "nguyen-thi-lan";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  Absences absences;
  @Autowired
  StandInAccess access;
  @Autowired
  StandIns standIns;
  @Autowired
  JdbcTemplate jdbc;

  WebDriver browser;
  WebDriverWait wait;
  ProcessInstance plan;
  String title;

  @BeforeEach
  void aClaimedTaskOfAnOfficialAway() {
    title = "Kế hoạch khi vắng mặt " + System.nanoTime();
    plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, AWAY, Vars.TITLE, title));
    Task survey = taskService.createTaskQuery().processInstanceId(plan.getId()).taskCandidateGroup(AWAY)
        .singleResult();
    taskService.claim(survey.getId(), AWAY);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    absences.record(AWAY, STAND_IN, today.toString(), today.plusDays(2).toString(), "Nghỉ phép năm", AWAY);
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.quit();
    }
    absences.all().forEach(access::revoke);
    jdbc.update("DELETE FROM pf_absence");
    standIns.forget();
    runtimeService.deleteProcessInstance(plan.getId(), "test over");
  }

  @Test
  void theStandInFindsTheAbsentColleaguesTaskInTasklist() throws IOException {
    Browsers.signIn(browser, wait, "http://localhost:" + port + "/camunda/app/tasklist/", STAND_IN, "demo");
    Browsers.clickVisible(browser, wait, "stand-in-filter", By.xpath(
        "//*[contains(@class,'task-filters')]//*[contains(text(),'Ủy quyền: Cán bộ Sở Tài chính')]"));
    WebElement inTheList = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'tasks-list')]//a[contains(text(),'" + title + "')]")));
    // still the colleague's: the card names its assignee
    assertThat(inTheList.findElement(By.xpath("./ancestor::li[1]")).getText()).contains(AWAY);
    inTheList.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
        "Báo cáo hiện trạng"));
    Browsers.screenshot(browser, "stand-in-tasklist");
  }
}
