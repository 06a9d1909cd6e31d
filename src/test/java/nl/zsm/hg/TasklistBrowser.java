package nl.zsm.hg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through /usr/bin/chromedriver (installed by .ci/run; no
 * driver download). Opens a Camunda webapp of the running test application as a person would.
 */
public final class TasklistBrowser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String base;

  public TasklistBrowser(int port) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Browsertests hebben Debian's chromium en chromium-driver nodig: apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=nl");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        // the people at the ZSM table read times in Europe/Amsterdam, whatever the machine's zone
        .withEnvironment(java.util.Map.of("TZ", "Europe/Amsterdam")).build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.base = "http://127.0.0.1:" + port + "/camunda/app/";
  }

  public TasklistBrowser login(String app, String userId, String password) {
    driver.get(base + app + "/");
    for (int poging = 1; ; poging++) {
      WebElement naam = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
      naam.clear();
      naam.sendKeys(userId);
      WebElement wachtwoord = driver.findElement(By.cssSelector("input[ng-model='password']"));
      wachtwoord.clear();
      wachtwoord.sendKeys(password);
      driver.findElement(By.cssSelector("button[type='submit']")).click();
      try {
        // logged in when the login form is gone; a login sent before the webapp's CSRF token arrived is refused
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("input[ng-model='username']")));
        return this;
      } catch (org.openqa.selenium.TimeoutException geweigerd) {
        if (poging == 3) {
          throw geweigerd;
        }
        driver.navigate().refresh();
      }
    }
  }

  /** Logs out (drops the session cookie) and opens a webapp's start page, e.g. its login page. */
  public TasklistBrowser loguitEnOpen(String app) {
    for (int poging = 1; ; poging++) {
      driver.get(base + app + "/");
      driver.manage().deleteAllCookies();
      driver.get("about:blank");
      driver.get(base + app + "/");
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        return this;
      } catch (org.openqa.selenium.TimeoutException nogIngelogd) {
        if (poging == 3) {
          throw nogIngelogd;
        }
      }
    }
  }

  /** Opens a webapp (after {@link #login}); the session is shared by all webapps. */
  public void open(String app) {
    driver.get(base + app + "/");
  }

  /** Waits until the page shows the text, and returns the page's visible text. */
  public String waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return pageText();
  }

  /** Opens a task by its Tasklist address (after {@link #login}). */
  public void openTaak(String taakId) {
    driver.get(base + "tasklist/default/#/?task=" + taakId);
  }

  /** Claims the open task and waits until Tasklist shows it as claimed (it renders the form again after a claim). */
  public void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Claimen']"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Claimen']")));
  }

  /** Opens the intake start form of a new HG-zaak ("Zaak starten", then the process), after {@link #login} as politie. */
  public void openIntake() {
    click("Zaak starten");
    waitForText("HG-zaak op ZSM");
    click("HG-zaak op ZSM");
    waitForText("Intake HG-zaak op ZSM");
  }

  public void click(String linkText) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(linkText))).click();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a screenshot under target/screenshots for a person to look at. */
  public void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots");
      Files.createDirectories(target);
      byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(target.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The underlying browser, for tests that fill in forms. */
  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
