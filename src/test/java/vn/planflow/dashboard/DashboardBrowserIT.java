package vn.planflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.planflow.Browsers;
import vn.planflow.PlanflowTest;
import vn.planflow.drafting.ResolutionDrafting;
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;
import vn.planflow.time.DueDates;

/**
 * A leader of the province opens the dashboard in a real browser (headless Chromium), reads its
 * figures, and finds them equal to what the engine's history says, counted here on its own.
 */
@PlanflowTest
class DashboardBrowserIT {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DueDates dueDates;

  WebDriver browser;
  WebDriverWait wait;
  ProcessInstance plan;

  @BeforeEach
  void aPlanWithAnAgencyOnTimeAndOneLate() {
    DashboardTest.at(3, 2, 9);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.TITLE, "Kế hoạch trên bảng điều khiển " + System.nanoTime());
    variables.put(Vars.SURVEY_AGENCIES, "so-y-te,so-cong-thuong,so-tu-phap");
    variables.put(Vars.OUTLINE_DUE, dueDates.endOf(LocalDate.of(2026, 3, 4)));
    variables.put(Vars.SURVEY_DUE, dueDates.endOf(LocalDate.of(2026, 3, 10)));
    plan = engine.getRuntimeService().startProcessInstanceByKey(ResolutionDrafting.KEY, variables);
    DashboardTest.at(3, 3, 10);
    complete(Tasks.SEND_REPORT_OUTLINE, null);
    DashboardTest.at(3, 5, 10);
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-y-te");
    DashboardTest.at(3, 11, 10);
    complete(Tasks.SUBMIT_SURVEY_REPORT, "so-tu-phap"); // a day late
    DashboardTest.at(3, 13, 10); // Sở Công Thương still has not answered
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    ClockUtil.reset();
    if (browser != null) {
      browser.quit();
    }
    engine.getRuntimeService().deleteProcessInstance(plan.getId(), "test over");
  }

  void complete(String taskKey, String agency) {
    var query = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(taskKey);
    if (agency != null) {
      query.taskCandidateGroup(agency);
    }
    engine.getTaskService().complete(query.singleResult().getId(),
        agency == null ? Map.of() : Map.of(Vars.REPORT_SUMMARY, "Báo cáo của " + agency));
  }

  /** Per agency: assigned, done on time, done late, open, overdue, counted from the history alone. */
  Map<String, List<Integer>> figuresFromTheHistory() {
    Date now = ClockUtil.getCurrentTime();
    Map<String, int[]> counts = new TreeMap<>();
    for (HistoricTaskInstance task : engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(plan.getId()).list()) {
      String agency = engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .type(IdentityLinkType.CANDIDATE).list().get(0).getGroupId();
      int[] sums = counts.computeIfAbsent(agency, id -> new int[5]);
      sums[0]++;
      if (task.getEndTime() != null) {
        sums[task.getEndTime().after(task.getDueDate()) ? 2 : 1]++;
      } else {
        sums[now.after(task.getDueDate()) ? 4 : 3]++;
      }
    }
    Map<String, List<Integer>> figures = new TreeMap<>();
    counts.forEach((agency, sums) -> figures.put(agency, List.of(sums[0], sums[1], sums[2], sums[3], sums[4])));
    return figures;
  }

  Map<String, List<Integer>> figuresOnThePage() {
    Map<String, List<Integer>> figures = new TreeMap<>();
    for (WebElement row : browser.findElements(By.cssSelector("table#agencies tbody tr"))) {
      figures.put(row.getAttribute("data-agency"), List.of("assigned", "done-on-time", "done-late", "open", "overdue")
          .stream().map(figure -> Integer.valueOf(row.findElement(By.cssSelector("[data-figure='" + figure + "']"))
              .getText().trim())).toList());
    }
    return figures;
  }

  void signInAsALeader() {
    Browsers.signIn(browser, wait, "http://localhost:" + port + "/camunda/app/welcome/default/",
        DashboardTest.LEADER, "demo");
  }

  @Test
  void aLeaderReadsThePlansFiguresAndTheyAreTheHistorys() throws IOException {
    signInAsALeader();
    // the webapps' header leads a leader to the dashboard
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.planflow-dashboard-link a"))).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-ready", "true"));
    assertThat(browser.getCurrentUrl()).endsWith("/quan-tri/bang-dieu-khien");

    browser.get("http://localhost:" + port + "/quan-tri/bang-dieu-khien/" + plan.getId());
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-ready", "true"));
    Browsers.screenshot(browser, "dashboard-plan");

    Map<String, List<Integer>> expected = figuresFromTheHistory();
    assertThat(expected).containsEntry("so-y-te", List.of(1, 1, 0, 0, 0))
        .containsEntry("so-tu-phap", List.of(1, 0, 1, 0, 0)).containsEntry("so-cong-thuong", List.of(1, 0, 0, 0, 1));
    assertThat(figuresOnThePage()).isEqualTo(expected);
    WebElement late = browser.findElement(By.cssSelector("tr[data-agency='so-cong-thuong'] .rating"));
    assertThat(late.getText()).isEqualTo("Quá hạn");
    assertThat(late.getCssValue("background-color")).isEqualTo("rgba(198, 40, 40, 1)");
    assertThat(browser.findElement(By.cssSelector("tr[data-agency='so-tu-phap'] .rating")).getText())
        .isEqualTo("Hoàn thành trễ hạn");

    // the charts are drawn, and the timeline is an image a report can take
    assertThat(browser.findElements(By.cssSelector("#timeline-chart canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#agency-chart canvas"))).isNotEmpty();
    String png = (String) ((JavascriptExecutor) browser).executeScript(
        "return echarts.getInstanceByDom(document.getElementById('timeline-chart'))"
            + ".getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'});");
    assertThat(png).startsWith("data:image/png;base64,");
    byte[] image = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
    assertThat(image).hasSizeGreaterThan(5_000);
    assertThat(new String(image, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");

    // the overview counts the same tasks
    browser.get("http://localhost:" + port + "/quan-tri/bang-dieu-khien");
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-ready", "true"));
    WebElement row = browser.findElement(By.cssSelector("tr[data-plan='" + plan.getId() + "']"));
    int tasks = expected.values().stream().mapToInt(figures -> figures.get(0)).sum();
    int overdue = expected.values().stream().mapToInt(figures -> figures.get(4)).sum();
    assertThat(row.findElement(By.cssSelector("[data-figure='tasks']")).getText()).isEqualTo(String.valueOf(tasks));
    assertThat(row.findElement(By.cssSelector("[data-figure='overdue']")).getText())
        .isEqualTo(String.valueOf(overdue));
    Browsers.screenshot(browser, "dashboard");
  }
}
