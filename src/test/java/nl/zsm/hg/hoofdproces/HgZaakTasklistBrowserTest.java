package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The officer in a real browser: in Tasklist the Camunda Form of "Beslissen over vasthouden of
 * heenzenden" submits the measures checklist as Json; heenzenden without a measure in an acutely unsafe
 * case shows the Dutch refusal and the task stays; with a measure ticked it is completed.
 */
@ZsmSpringTest
@Tag("browser")
class HgZaakTasklistBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;


  @Test
  void officierKanNietHeenzendenZonderMaatregelEnWelMetMaatregel() {
    BpmnAwareTests.init(processEngine);
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(38, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    String taakId = stappen.taak(pi, "Task_Vrijheidsbeneming").getId();

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "ovj", "demo");
      browser.waitForText("Mijn organisatie");
      WebDriver driver = browser.driver();
      WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
      browser.openTaak(taakId);
      browser.waitForText("Vasthouden of heenzenden en directe veiligheidsmaatregelen");
      browser.claim();
      kies(driver, wacht, "Heenzenden (verdachte vrijlaten");
      klik(driver, wacht, "//button[normalize-space()='Voltooien']");
      String tekst = browser.waitForText("Heenzenden geweigerd");
      browser.screenshot("ovj-heenzenden-geweigerd");
      assertThat(tekst).contains("acuut onveilig", "Er ging iets mis").doesNotContain("An error happened");
      assertThat(processEngine.getTaskService().createTaskQuery().taskId(taakId).count()).isEqualTo(1);

      // a huisverbod is the burgemeester's: the form asks for the date it was imposed, without it it is refused
      kies(driver, wacht, "Tijdelijk huisverbod");
      browser.waitForText("Datum waarop de burgemeester het huisverbod oplegde");
      klik(driver, wacht, "//button[normalize-space()='Voltooien']");
      assertThat(browser.waitForText("legt de burgemeester op, niet de officier van justitie"))
          .doesNotContainPattern("L\\d{3}");
      browser.screenshot("ovj-huisverbod-zonder-datum-geweigerd");
      assertThat(processEngine.getTaskService().createTaskQuery().taskId(taakId).count()).isEqualTo(1);
      ontkies(driver, wacht, "Tijdelijk huisverbod");

      kies(driver, wacht, "Contactverbod");
      klik(driver, wacht, "//button[normalize-space()='Voltooien']");
      wacht.until(d -> processEngine.getTaskService().createTaskQuery().taskId(taakId).count() == 0);
      browser.screenshot("ovj-heenzenden-met-contactverbod");
    }
    assertThat(pi).isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "veiligheidsmaatregelen").toString())
        .contains("CONTACTVERBOD");
  }

  @Test
  void politieStartEenZaakMetHetIntakeformulierEnKrijgtEenZaaknummer() {
    long voor = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count();
    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "politie", "demo");
      browser.waitForText("Zaak starten");
      WebDriver driver = browser.driver();
      WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
      browser.click("Zaak starten");
      browser.click("HG-zaak op ZSM");
      browser.waitForText("Intake HG-zaak op ZSM");
      kiesUitLijst(driver, wacht, "Regio", "Rotterdam");
      vul(driver, wacht, "Leeftijd verdachte", "17");
      vul(driver, wacht, "Naam slachtoffer", "D. Intakebrowser");
      vul(driver, wacht, "Telefoonnummer slachtoffer", "06 98765432");
      kies(driver, wacht, "Slachtoffer geeft toestemming");
      vul(driver, wacht, "Individuele Beoordeling", "Slachtoffer is 15 en woont bij de verdachte.");
      browser.screenshot("politie-intake");
      klik(driver, wacht, "//button[normalize-space()='Starten']");
      wacht.until(d -> processEngine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey("zsmHuiselijkGeweld").count() == voor + 1);
    }
    ProcessInstance zaak = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("zsmHuiselijkGeweld").orderByProcessInstanceId().desc().list().stream()
        // a name no other test uses: ids do not sort by creation, and other tests start cases too
        .filter(p -> "D. Intakebrowser".equals(processEngine.getRuntimeService().getVariable(p.getId(), "slachtofferNaam")))
        .findFirst().orElseThrow();
    assertThat(zaak.getBusinessKey()).matches("ZSM-\\d{4}-\\d{6}");
    assertThat(processEngine.getRuntimeService().getVariables(zaak.getId()))
        .containsEntry("adviseurGroep", "rvdk").containsEntry("minderjarig", true).containsEntry("aangemeldDoor", "politie")
        .containsEntry("regio", "rotterdam");
  }

  static void vul(WebDriver driver, WebDriverWait wacht, String labelTekst, String waarde) {
    // Tasklist may render the form once more right after a claim; typed text in the replaced field is then gone,
    // so type again into the field as it stands until it holds the value
    wacht.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement label = d.findElement(By.xpath("//label[contains(., '" + labelTekst + "')]"));
      WebElement invoer = d.findElement(By.id(label.getAttribute("for")));
      if (!waarde.equals(invoer.getAttribute("value"))) {
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'start'});", invoer);
        invoer.clear();
        invoer.sendKeys(waarde, Keys.TAB);
        pauze();
      }
      return waarde.equals(d.findElement(By.id(label.getAttribute("for"))).getAttribute("value"));
    });
    // form-js takes typed text into its state after a short debounce; wait that out before the next click
    pauze();
  }

  private static void pauze() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Clicks a form-js option through its input element: in the headless window Tasklist's footer covers
   * the lower part of the form, so a pointer click may land on the footer instead.
   */
  private static void kies(WebDriver driver, WebDriverWait wacht, String labelTekst) {
    WebElement label = wacht.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[contains(., '" + labelTekst + "')]")));
    WebElement invoer = driver.findElement(By.id(label.getAttribute("for")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", invoer);
    wacht.until(d -> invoer.isSelected());
  }

  /** Unticks a form-js option, the same way as {@link #kies}. */
  private static void ontkies(WebDriver driver, WebDriverWait wacht, String labelTekst) {
    WebElement label = wacht.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[contains(., '" + labelTekst + "')]")));
    WebElement invoer = driver.findElement(By.id(label.getAttribute("for")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", invoer);
    wacht.until(d -> !invoer.isSelected());
  }

  /**
   * Chooses an option of a form-js select (a dropdown of its own, not an HTML select): mouse-down on the field opens
   * the list, mouse-down on the option chooses it; through JavaScript for the same reason as {@link #kies}.
   */
  static void kiesUitLijst(WebDriver driver, WebDriverWait wacht, String labelTekst, String optie) {
    WebElement label = wacht.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[contains(., '" + labelTekst + "')]")));
    WebElement veld = label.findElement(By.xpath("./ancestor::div[contains(@class, 'fjs-form-field')][1]"));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("arguments[0].scrollIntoView({block: 'start'});"
        + "arguments[0].querySelector('.fjs-input-group').dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", veld);
    WebElement item = wacht.until(d -> veld.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(e -> e.getText().trim().equals(optie)).findFirst().orElse(null));
    js.executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", item);
    wacht.until(d -> veld.findElement(By.cssSelector(".fjs-select-display")).getText().trim().equals(optie));
    pauze();
  }

  /** Clicks an enabled button; through JavaScript for the same reason as {@link #kies}. */
  static void klik(WebDriver driver, WebDriverWait wacht, String xpath) {
    WebElement knop = wacht.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", knop);
  }
}
