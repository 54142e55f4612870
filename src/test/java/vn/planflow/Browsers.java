package vn.planflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the browser tests: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs), in Vietnamese. Outside CI a machine
 * without them skips the test; on CI their absence fails it.
 */
public final class Browsers {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browsers() {
  }

  public static WebDriver chromium() {
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
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public static void screenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Signs {@code user} in on the login form of the Camunda webapp at {@code url} (Tasklist, Cockpit,
   * the welcome page) and returns once the form is gone. It types only after the form is compiled
   * and translated (its placeholder reads "Tên đăng nhập"), and submits only once both fields hold
   * what was typed: keys sent while Angular re-renders a field are lost, and the login would go out
   * with an empty name.
   */
  public static void signIn(WebDriver browser, WebDriverWait wait, String url, String user, String password) {
    browser.get(url);
    By usernameField = By.cssSelector("input[ng-model='username']");
    By passwordField = By.cssSelector("input[ng-model='password']");
    until(browser, wait, "sign-in-form", driver -> {
      WebElement username = driver.findElement(usernameField);
      return username.isDisplayed() && "Tên đăng nhập".equals(username.getDomProperty("placeholder"));
    });
    until(browser, wait, "sign-in-typed", driver -> {
      WebElement username = driver.findElement(usernameField);
      WebElement secret = driver.findElement(passwordField);
      if (user.equals(username.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
        return true;
      }
      // first round, or the fields were re-rendered under the keys: typed (again)
      username.clear();
      username.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      return false;
    });
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    until(browser, wait, "sign-in-" + user, driver -> driver.findElements(passwordField).stream()
        .noneMatch(WebElement::isDisplayed));
  }

  /**
   * Clicks the first of the elements {@code by} finds that is displayed and enabled, once there is
   * one; an element that Angular replaced between finding and clicking is looked for again.
   */
  public static void clickVisible(WebDriver browser, WebDriverWait wait, String name, By by) {
    until(browser, wait, name, driver -> {
      WebElement element = driver.findElements(by).stream()
          .filter(found -> found.isDisplayed() && found.isEnabled()).findFirst().orElse(null);
      if (element == null) {
        return false;
      }
      element.click();
      return true;
    });
  }

  /**
   * {@code wait.until(condition)}; when it times out, what the browser showed is saved as the
   * screenshot {@code name} and the page's text goes into the failure, so that a failure on a
   * machine one cannot look at says what the page was. An element Angular replaced while the
   * condition read it makes the condition be asked again.
   */
  public static <T> T until(WebDriver browser, WebDriverWait wait, String name, Function<WebDriver, T> condition) {
    try {
      return wait.until(driver -> {
        try {
          return condition.apply(driver);
        } catch (StaleElementReferenceException replaced) {
          return null;
        }
      });
    } catch (TimeoutException e) {
      String page;
      try {
        screenshot(browser, "failed-" + name);
        page = browser.getCurrentUrl() + "\n" + ((JavascriptExecutor) browser).executeScript(
            "return document.body ? document.body.innerText : ''");
      } catch (IOException | RuntimeException unreadable) {
        page = "(unreadable: " + unreadable + ")";
      }
      throw new AssertionError("Timed out at '" + name + "'; the page showed:\n" + page, e);
    }
  }
}
