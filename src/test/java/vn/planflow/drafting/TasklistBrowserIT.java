package vn.planflow.drafting;

import vn.planflow.Browsers;
import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.planflow.drafting.ResolutionDrafting.Tasks;
import vn.planflow.drafting.ResolutionDrafting.Vars;

/**
 * An official of Sở Y tế in the real Camunda Tasklist, in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs).
 */
@PlanflowTest
class TasklistBrowserIT {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficialCompletesTheSurveyReportInTasklistAndTheProcessMovesOn() throws IOException {
    ProcessInstance plan = runtimeService.startProcessInstanceByKey(ResolutionDrafting.KEY,
        Map.of(Vars.SURVEY_AGENCIES, "so-y-te", Vars.TITLE, "Kế hoạch thử nghiệm trên trình duyệt"));

    // the login form in Vietnamese: signIn types once its placeholder reads "Tên đăng nhập"
    login("so-y-te", "demo");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
        .as("no end-of-life banner for officials").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    // the task's name in the list carries the plan's title and the agency
    WebElement inTheList = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'tasks-list')]//a[contains(text(),'Kế hoạch thử nghiệm trên trình duyệt')]")));
    assertThat(inTheList.getText()).contains("Báo cáo hiện trạng", "Sở Y tế");
    inTheList.click();

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    By summaryField = By.xpath("//label[contains(.,'Tóm tắt')]/following::textarea[1]");
    WebElement summary = wait.until(ExpectedConditions.elementToBeClickable(summaryField));
    screenshot("survey-form");
    assertThat(browser.findElement(By.xpath("//label[contains(.,'Tên kế hoạch')]/following::input[1]"))
        .getDomProperty("value")).isEqualTo("Kế hoạch thử nghiệm trên trình duyệt");
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Sở Y tế");
    // the form's own check speaks Vietnamese too
    clickComplete();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form')]//*[contains(text(),'Vui lòng điền mục này.')]")));
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field is required");

    // the report must be attached: refused, in Vietnamese, at the top of the form
    String typed = "Sở Y tế đã triển khai bệnh án điện tử tại 12 bệnh viện; hạn chế: thiếu nhân lực CNTT.";
    summary.sendKeys(typed);
    clickComplete();
    WebElement noFile = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".planflow-refusal")));
    wait.until(driver -> noFile.getText().contains("Chưa có tệp nào được đính kèm"));
    screenshot("refused-no-file");
    assertThat(noFile.getText()).doesNotContain("ENGINE", "Exception", "Cannot submit");
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isEqualTo(1);

    // the documents page opens beside the form, and what was typed stays
    WebElement documentsLink = browser.findElement(By.cssSelector(".fjs-form a[href*='/tai-lieu/']"));
    assertThat(documentsLink.getDomAttribute("target")).isEqualTo("_blank");
    String tasklistTab = browser.getWindowHandle();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", documentsLink);
    documentsLink.click();
    wait.until(driver -> driver.getWindowHandles().size() == 2);
    browser.switchTo().window(browser.getWindowHandles().stream().filter(tab -> !tab.equals(tasklistTab))
        .findFirst().orElseThrow());
    attachReport();
    browser.close();
    browser.switchTo().window(tasklistTab);
    assertThat(browser.findElement(summaryField).getDomProperty("value")).isEqualTo(typed);

    // blanks pass the form's own check; the server refuses them, in Vietnamese, and nothing moves
    summary.clear();
    summary.sendKeys("   ");
    clickComplete();
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'page-notifications')]//*[contains(text(),"
            + "'Vui lòng nhập tóm tắt báo cáo khảo sát (reportSummary)')]")));
    screenshot("refused");
    assertThat(refusal.getText()).doesNotContain("ENGINE-03051", "TaskListener");
    // and at the top of the form, in the process's own words
    WebElement atTheTop = browser.findElement(By.cssSelector(".planflow-refusal"));
    wait.until(driver -> atTheTop.getText().contains("Vui lòng nhập tóm tắt báo cáo khảo sát (reportSummary)"));
    assertThat(atTheTop.getText()).doesNotContain("ENGINE", "Exception", "Cannot submit");
    assertThat(refusal.getText()).as("the notification too, without the engine's English").doesNotContain("Cannot submit");
    assertThat(atTheTop.getLocation().getY()).isLessThan(browser.findElement(By.cssSelector(".fjs-form"))
        .getLocation().getY());
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isEqualTo(1);

    summary.clear();
    summary.sendKeys(typed);
    clickComplete();

    wait.until(driver -> taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SYNTHESIZE_SURVEY).count() == 1);
    screenshot("after-complete");
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isZero();
    assertThat((String) runtimeService.getVariable(plan.getId(), Vars.SURVEY_REPORTS_TEXT))
        .contains("Sở Y tế", "bệnh án điện tử");
    assertThat(browser.findElements(By.cssSelector("li.planflow-admin-link"))).as("no admin link for an official")
        .isEmpty();
    assertThat(browser.findElement(By.cssSelector("li.planflow-lead-plans a")).getDomAttribute("href"))
        .isEqualTo("/tai-lieu/");

    // English stays selectable, from the header, and Vietnamese comes back the same way
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.planflow-language a"))).click();
    WebElement vietnamese = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//li[contains(@class,'planflow-language')]/a[contains(.,'Tiếng Việt')]")));
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Start process"));
    screenshot("english");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Bắt đầu quy trình");
    vietnamese.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//li[contains(@class,'planflow-language')]/a[contains(.,'English')]")));
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Bắt đầu quy trình"));

    // an administrator's Tasklist and Cockpit link to Planflow's own pages
    browser.manage().deleteAllCookies();
    Browsers.signIn(browser, wait, "http://localhost:" + port + "/camunda/app/tasklist/", "admin", "admin");
    startAPlanChoosingAgenciesByName();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.planflow-admin-link a"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//h1[contains(.,'Nhập bảng nhiệm vụ của kế hoạch')]")));
    assertThat(browser.findElement(By.xpath("//a[contains(.,'Quay lại Tasklist')]")).getDomAttribute("href"))
        .isEqualTo("/camunda/app/tasklist/");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.planflow-admin-link a")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Quy trình')]")));
    screenshot("cockpit");
  }

  /**
   * The start form: the lead chosen from a list, the surveyed agencies picked by typing part of
   * their name; no code is typed.
   */
  private void startAPlanChoosingAgenciesByName() throws IOException {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'modal')]//a[contains(.,'Xây dựng')]"))).click();
    WebElement title = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(.,'Tên kế hoạch')]/following::input[1]")));
    title.sendKeys("Kế hoạch chọn đơn vị theo tên");
    assertThat(browser.findElement(By.xpath("//label[contains(.,'Hạn hoàn thành Báo cáo tổng hợp')]"
        + "/following::input[1]")).getDomAttribute("placeholder")).as("dates day first").isEqualTo("dd/mm/yyyy");
    WebElement search = browser.findElement(By.cssSelector(".fjs-taglist input"));
    for (String name : new String[] {"Sở Y tế", "phường Trường Vinh"}) {
      search.sendKeys(name);
      wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//*[contains(@class,'fjs-dropdownlist-item') and contains(.,'" + name + "')]"))).click();
    }
    screenshot("start-form");
    WebElement start = browser.findElement(By.xpath("//*[contains(@class,'modal')]//button[contains(.,'Bắt đầu')]"));
    wait.until(ExpectedConditions.elementToBeClickable(start)).click();
    wait.until(driver -> runtimeService.createProcessInstanceQuery().variableValueEquals(Vars.TITLE,
        "Kế hoạch chọn đơn vị theo tên").count() == 1);
    String started = runtimeService.createProcessInstanceQuery().variableValueEquals(Vars.TITLE,
        "Kế hoạch chọn đơn vị theo tên").singleResult().getId();
    assertThat(runtimeService.getVariable(started, Vars.SURVEY_AGENCIES)).isEqualTo("so-y-te,phuong-truong-vinh");
    runtimeService.deleteProcessInstance(started, "browser test");
  }

  @Test
  void anAgencyCommentsOnANamedSectionAndTheLeadAnswersItInTasklist() throws IOException {
    DraftingDriver plan = DraftingDriver.start(engine, Map.of(Vars.SURVEY_AGENCIES, "so-y-te",
        Vars.TITLE, "Kế hoạch góp ý trên trình duyệt")).surveyed();
    taskService.createAttachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        plan.single(Tasks.DRAFT_DOCUMENTS).getId(), plan.instance.getId(), "du-thao-nghi-quyet.docx", "dự thảo",
        new java.io.ByteArrayInputStream(vn.planflow.review.DocxDrafts.resolutionV1()));
    plan.complete(Tasks.DRAFT_DOCUMENTS, Map.of(Vars.DRAFT_SUMMARY, "Dự thảo Nghị quyết, bản 1"));

    // the agency: a comment on point II.2.a, chosen from the draft's own sections
    login("so-y-te", "demo");
    openTask("Góp ý dự thảo", "Kế hoạch góp ý trên trình duyệt");
    WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field-dynamiclist') or contains(@class,'fjs-repeat-row-container')]"
            + "[.//label[contains(.,'Mục của dự thảo')]]")));
    WebElement section = list.findElement(By.xpath(".//label[contains(.,'Mục của dự thảo')]/following::input[1]"));
    section.click();
    section.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.BACK_SPACE);
    section.sendKeys("II.2.a");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item') and contains(.,'Điểm II.2.a')]"))).click();
    list.findElement(By.xpath(".//label[contains(.,'Nội dung góp ý')]/following::textarea[1]"))
        .sendKeys("Chỉ tiêu 80% thấp so với bình quân cả nước");
    list.findElement(By.xpath(".//label[contains(.,'Đề xuất sửa câu chữ')]/following::textarea[1]"))
        .sendKeys("Nâng lên 90%");
    screenshot("comment-form");
    clickComplete();
    wait.until(driver -> plan.open(Tasks.CONSOLIDATE_COMMENTS).size() == 1);
    assertThat(jdbc.queryForList("SELECT section_key, content, proposal FROM pf_draft_comment"
        + " WHERE plan_instance_id = ?", plan.instance.getId())).singleElement().satisfies(row -> {
          assertThat(row.get("section_key")).isEqualTo("II/2/a");
          assertThat(row.get("content")).isEqualTo("Chỉ tiêu 80% thấp so với bình quân cả nước");
          assertThat(row.get("proposal")).isEqualTo("Nâng lên 90%");
        });

    // the lead: the comment listed, refused without an answer, then explained
    browser.manage().deleteAllCookies();
    login("so-khcn", "demo");
    openTask("Tổng hợp, tiếp thu", "Kế hoạch góp ý trên trình duyệt");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form')]//label[contains(.,'Ý kiến của cơ quan chủ trì')]")));
    assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
        + "'.fjs-form textarea, .fjs-form input')).some(field => field.value.includes('Chỉ tiêu 80% thấp'))"))
        .as("the agency's comment listed in the lead's form").isTrue();
    clickComplete();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form')]//*[contains(text(),'Vui lòng điền mục này.')]")));
    browser.findElement(By.xpath("//*[contains(@class,'fjs-form')]//label[contains(.,'Giải trình')]")).click();
    browser.findElement(By.xpath("//label[contains(.,'Nội dung tiếp thu')]/following::textarea[1]"))
        .sendKeys("Chỉ tiêu theo Nghị quyết 52-NQ/TW");
    screenshot("answer-form");
    clickComplete();
    wait.until(driver -> plan.open(Tasks.HOLD_WORKSHOP).size() == 1);
    assertThat(jdbc.queryForMap("SELECT decision, answer FROM pf_draft_comment WHERE plan_instance_id = ?",
        plan.instance.getId())).containsEntry("DECISION", "EXPLAINED").containsEntry("ANSWER",
        "Chỉ tiêu theo Nghị quyết 52-NQ/TW");
  }

  private void login(String user, String password) {
    Browsers.signIn(browser, wait, "http://localhost:" + port + "/camunda/app/tasklist/", user, password);
    Browsers.clickVisible(browser, wait, "filter-of-" + user, By.xpath(
        "//*[contains(@class,'task-filters')]//*[contains(text(),'Việc của đơn vị tôi')]"));
  }

  private void openTask(String step, String planTitle) {
    // the list is re-rendered when it reloads (our filter has "refresh" on): a replaced card is clicked again
    Browsers.clickVisible(browser, wait, "task-" + step, By.xpath("//*[contains(@class,'tasks-list')]//a[contains("
        + "text(),'" + step + "') and contains(text(),'" + planTitle + "')]"));
    Browsers.clickVisible(browser, wait, "claim-" + step, By.cssSelector("button.claim"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** Tasklist's "Hoàn thành" (Complete) button, scrolled to the middle of the page (the error notification covers the bottom). */
  private void clickComplete() {
    WebElement complete = browser.findElement(By.xpath("//button[contains(.,'Hoàn thành')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    try {
      wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      // a notification of the last refusal lies over the bottom of a long form
      ((JavascriptExecutor) browser).executeScript("arguments[0].click();", complete);
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        screenshot("not-clickable");
      } catch (IOException ignored) {
        // the screenshot is for diagnosis only
      }
      throw new AssertionError("Hoàn thành not clickable: " + complete.getDomProperty("outerHTML") + " errors: "
          + ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
          + "'.fjs-form-field-error, .page-notifications .message')).map(e => e.textContent).join(' | ')"), e);
    }
  }

  /** On the documents page (opened from the form, with Tasklist's session), the report attached. */
  private void attachReport() throws IOException {
    Path report = Files.createTempFile("bao-cao-so-y-te", ".pdf");
    Files.writeString(report, "%PDF-1.4 Báo cáo hiện trạng của Sở Y tế");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")))
        .sendKeys(report.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[contains(.,'Đính kèm')]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Đã đính kèm"));
    screenshot("documents");
    assertThat(browser.findElement(By.tagName("table")).getText()).contains(report.getFileName().toString());
  }

  private void screenshot(String name) throws IOException {
    Browsers.screenshot(browser, name);
  }
}
