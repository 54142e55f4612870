package vn.planflow.drafting;

import vn.planflow.PlanflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") == null) {
      assumeTrue(installed, "chromium and chromium-driver are not installed: run .ci/run, or "
          + "apt-get install chromium chromium-driver");
    }
    assertThat(installed).as("chromium and chromium-driver installed").isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1600", "--lang=vi");
    // an official's browser in Vietnamese: Tasklist picks its language from navigator.languages
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi,en"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
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

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    wait.until(driver -> "Tên đăng nhập".equals(username.getAttribute("placeholder")));
    username.sendKeys("so-y-te");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-filters')]//*[contains(text(),'Việc của đơn vị tôi')]"))).click();
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
        .as("no end-of-life banner for officials").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    attachReportOnTheDocumentsPage(plan);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'tasks-list')]//a[contains(text(),'Báo cáo hiện trạng')]"))).click();

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    By summaryField = By.xpath("//label[contains(.,'Tóm tắt')]/following::textarea[1]");
    WebElement summary = wait.until(ExpectedConditions.elementToBeClickable(summaryField));
    screenshot("survey-form");
    assertThat(browser.findElement(By.xpath("//label[contains(.,'Tên kế hoạch')]/following::input[1]"))
        .getDomProperty("value")).isEqualTo("Kế hoạch thử nghiệm trên trình duyệt");
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Sở Y tế");
    // the form's own check speaks Vietnamese too, and the documents page opens beside the form
    clickComplete();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form')]//*[contains(text(),'Vui lòng điền mục này.')]")));
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field is required");
    assertThat(browser.findElement(By.cssSelector(".fjs-form a[href*='/tai-lieu/']")).getDomAttribute("target"))
        .isEqualTo("_blank");
    // blanks pass the form's own check; the server refuses them, in Vietnamese, and nothing moves
    summary.sendKeys("   ");
    clickComplete();
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(text(),'Vui lòng nhập tóm tắt báo cáo khảo sát (reportSummary)')]")));
    screenshot("refused");
    assertThat(refusal.getText()).doesNotContain("ENGINE-03051", "TaskListener");
    // and at the top of the form, in the process's own words
    WebElement atTheTop = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".planflow-refusal")));
    assertThat(atTheTop.getText()).contains("Vui lòng nhập tóm tắt báo cáo khảo sát (reportSummary)")
        .doesNotContain("ENGINE", "Exception", "Cannot submit");
    assertThat(refusal.getText()).as("the notification too, without the engine's English").doesNotContain("Cannot submit");
    assertThat(atTheTop.getLocation().getY()).isLessThan(browser.findElement(By.cssSelector(".fjs-form"))
        .getLocation().getY());
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId())
        .taskDefinitionKey(Tasks.SUBMIT_SURVEY_REPORT).count()).isEqualTo(1);

    summary.clear();
    summary.sendKeys("Sở Y tế đã triển khai bệnh án điện tử tại 12 bệnh viện; hạn chế: thiếu nhân lực CNTT.");
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

    // an administrator's Tasklist links to Planflow's own pages
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement adminName = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    adminName.sendKeys("admin");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("admin");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.planflow-admin-link a"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//h1[contains(.,'Nhập bảng nhiệm vụ của kế hoạch')]")));
    assertThat(browser.findElement(By.xpath("//a[contains(.,'Quay lại Tasklist')]")).getDomAttribute("href"))
        .isEqualTo("/camunda/app/tasklist/");
  }

  /** Tasklist's "Hoàn thành" (Complete) button, scrolled to the middle of the page (the error notification covers the bottom). */
  private void clickComplete() {
    WebElement complete = browser.findElement(By.xpath("//button[contains(.,'Hoàn thành')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
  }

  /** The form's documents link, followed in the same browser session as Tasklist's login. */
  private void attachReportOnTheDocumentsPage(ProcessInstance plan) throws IOException {
    String tasklist = browser.getCurrentUrl();
    browser.get("http://localhost:" + port + runtimeService.getVariable(plan.getId(), Vars.DOCUMENTS_URL));
    Path report = Files.createTempFile("bao-cao-so-y-te", ".pdf");
    Files.writeString(report, "%PDF-1.4 Báo cáo hiện trạng của Sở Y tế");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")))
        .sendKeys(report.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[contains(.,'Đính kèm')]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Đã đính kèm"));
    screenshot("documents");
    assertThat(browser.findElement(By.tagName("table")).getText()).contains(report.getFileName().toString());
    browser.get(tasklist);
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
