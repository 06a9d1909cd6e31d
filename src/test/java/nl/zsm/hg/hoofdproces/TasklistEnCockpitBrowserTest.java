package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist and Cockpit as the people at the ZSM table see them, in one real browser for the whole class:
 * Dutch chrome, no vendor banner, only the main process in the start dialog and the zaaknummer after the start.
 */
@ZsmSpringTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistEnCockpitBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  private TasklistBrowser browser;

  @BeforeAll
  void openBrowser() {
    browser = new TasklistBrowser(port);
  }

  @AfterAll
  void sluitBrowser() {
    browser.close();
  }

  private WebDriverWait wacht() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
  }

  @Test
  void politieStartAlleenHetHoofdprocesInHetNederlandsEnZietHetZaaknummer() {
    browser.loguitEnOpen("tasklist");
    WebElement gebruikersnaam = wacht().until(d -> d.findElements(By.cssSelector("input[ng-model='username']")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    assertThat(gebruikersnaam.getAttribute("placeholder")).isEqualTo("Gebruikersnaam");
    assertThat(browser.waitForText("Inloggen")).doesNotContain("Log in", "Camunda 8");
    browser.login("tasklist", "politie", "demo");
    String tekst = browser.waitForText("Mijn organisatie - alle taken");
    assertThat(tekst).contains("Taak aanmaken", "Sneltoetsen", "Mijn organisatie - alle taken")
        .doesNotContain("Start process", "It is time to migrate", "Camunda 8", "migration guide");
    geenBanner(browser.driver());

    browser.click("Zaak starten");
    browser.waitForText("HG-zaak op ZSM");
    // only the dialog itself: the task list behind it may show tasks of called processes
    String dialoog = browser.driver().findElement(By.cssSelector(".modal-content")).getText();
    browser.screenshot("tasklist-zaak-starten-dialoog");
    assertThat(dialoog).contains("Klik op het proces dat je wilt starten")
        .doesNotContain("Slachtoffer informeren", "Veiligheidsbeoordeling Veilig Thuis", "Spreekuur huiselijk geweld",
            "Aanpak ex-partnerstalking", "Afstemming Slachtofferhulp", "Processtappen aansluitend op ZSM",
            "Advies reclassering", "Test: taak per organisatie");

    long voor = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count();
    WebDriver driver = browser.driver();
    browser.click("HG-zaak op ZSM");
    browser.waitForText("Intake HG-zaak op ZSM");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Leeftijd verdachte", "31");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Naam slachtoffer", "E. de Wit");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Telefoonnummer slachtoffer", "06 11223344");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Individuele Beoordeling", "Slachtoffer woont alleen.");
    HgZaakTasklistBrowserTest.kiesUitLijst(driver, wacht(), "Regio", "Rotterdam");
    HgZaakTasklistBrowserTest.klik(driver, wacht(), "//button[normalize-space()='Starten']");
    WebElement nummer = wacht().until(d -> d.findElements(By.cssSelector("#zsm-zaaknummer-na-start .zsm-zaaknummer"))
        .stream().findFirst().orElse(null));
    String getoond = nummer.getText();
    browser.screenshot("tasklist-zaaknummer-na-start");
    wacht().until(d -> processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("zsmHuiselijkGeweld").count() == voor + 1);
    List<ProcessInstance> metNummer = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(getoond).processDefinitionKey("zsmHuiselijkGeweld").list();
    assertThat(getoond).matches("ZSM-\\d{4}-\\d{6}");
    assertThat(metNummer).hasSize(1);
    assertThat(processEngine.getRuntimeService().getVariable(metNummer.get(0).getId(), "slachtofferNaam")).isEqualTo("E. de Wit");
    assertThat(browser.pageText()).contains("Zaak gestart. Zaaknummer: " + getoond);
  }

  @Test
  void formulierMeldingenEnKalenderInTasklistZijnNederlands() {
    browser.loguitEnOpen("tasklist");
    browser.login("tasklist", "politie", "demo");
    browser.waitForText("Mijn organisatie - alle taken");
    browser.openIntake();
    WebDriver driver = browser.driver();
    // starting with an empty form: form-js's own message for a required field, in Dutch
    HgZaakTasklistBrowserTest.klik(driver, wacht(), "//button[normalize-space()='Starten']");
    String fouten = wacht().until(d -> {
      String tekst = d.findElements(By.cssSelector(".fjs-form-field-error")).stream()
          .map(e -> e.getAttribute("textContent")).collect(java.util.stream.Collectors.joining(" | "));
      return tekst.contains("Dit veld is verplicht.") ? tekst : null;
    });
    assertThat(fouten).doesNotContain("Field is required", "Field must");
    assertThat(browser.pageText()).doesNotContain("Field is required");
    // the calendar of a date field: Dutch months and days, Monday first
    HgZaakTasklistBrowserTest.klik(driver, wacht(), "//label[contains(., 'Verdachte is aangehouden (vastzaak)')]");
    WebElement datum = wacht().until(d -> d.findElements(By.xpath("//label[contains(., 'Datum aanhouding')]")).stream()
        .map(l -> d.findElement(By.id(l.getAttribute("for")))).filter(WebElement::isDisplayed).findFirst().orElse(null));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", datum);
    datum.click();
    List<String> dagen = wacht().until(d -> {
      List<String> gezien = d.findElements(By.cssSelector(".flatpickr-calendar .flatpickr-weekday")).stream()
          .map(e -> e.getAttribute("textContent").trim()).filter(t -> !t.isEmpty()).toList();
      return gezien.size() >= 7 ? gezien : null;
    });
    assertThat(dagen.subList(0, 7)).containsExactly("ma", "di", "wo", "do", "vr", "za", "zo");
    String maanden = driver.findElements(By.cssSelector(".flatpickr-calendar .flatpickr-monthDropdown-month, .flatpickr-calendar .cur-month"))
        .stream().map(e -> e.getAttribute("textContent")).collect(java.util.stream.Collectors.joining(" "));
    assertThat(maanden).contains("januari", "maart", "oktober").doesNotContain("January", "March", "October");
    // after all re-renderings of the form: only the Dutch texts, no English next to them
    String formulier = driver.findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(formulier).contains("Dit veld is verplicht.", "Kies…").doesNotContain("Field is required", "Select");
    browser.screenshot("tasklist-formulier-nederlands");
  }

  /**
   * A date typed (not picked) into a date field is read as dd-mm-jjjj (issue 13): form-js takes the order of day and
   * month from the browser's language, and this headless browser's is English (m/d/Y), like that of some people at the
   * table. Typed 28-11-2026 would otherwise become a month 28, a date in 2028.
   */
  @Test
  void getypteDatumIsDagMaandJaar() {
    browser.loguitEnOpen("tasklist");
    browser.login("tasklist", "politie", "demo");
    browser.waitForText("Mijn organisatie - alle taken");
    browser.openIntake();
    WebDriver driver = browser.driver();
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Leeftijd verdachte", "33");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Naam slachtoffer", "F. de Groot");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Telefoonnummer slachtoffer", "06 22334455");
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Individuele Beoordeling", "Slachtoffer woont alleen.");
    HgZaakTasklistBrowserTest.kiesUitLijst(driver, wacht(), "Regio", "Rotterdam");
    HgZaakTasklistBrowserTest.klik(driver, wacht(), "//label[contains(., 'Melding bij Veilig Thuis gedaan')]");
    // two days ago: a VT-melding may not lie in the future
    java.time.LocalDate dag = java.time.LocalDate.now(nl.zsm.hg.tijd.Amsterdam.ZONE).minusDays(2);
    String getypt = dag.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    wacht().until(d -> d.findElements(By.xpath("//label[contains(., 'Datum VT-melding')]")).stream()
        .map(l -> d.findElement(By.id(l.getAttribute("for")))).anyMatch(WebElement::isDisplayed));
    // typed, then TAB: the field keeps the day as typed (not 28/11 read as a month) and the calendar holds that day
    HgZaakTasklistBrowserTest.vul(driver, wacht(), "Datum VT-melding", getypt);
    WebElement veld = driver.findElement(By.id(driver.findElement(By.xpath("//label[contains(., 'Datum VT-melding')]"))
        .getAttribute("for")));
    Object gekozen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "var d = arguments[0]._flatpickr.selectedDates[0];"
            + " return d ? d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate() : null;", veld);
    assertThat(gekozen).isEqualTo(dag.getYear() + "-" + dag.getMonthValue() + "-" + dag.getDayOfMonth());
    assertThat(veld.getAttribute("placeholder")).isEqualTo("dd-mm-jjjj");

    HgZaakTasklistBrowserTest.klik(driver, wacht(), "//button[normalize-space()='Starten']");
    WebElement nummer = wacht().until(d -> d.findElements(By.cssSelector("#zsm-zaaknummer-na-start .zsm-zaaknummer"))
        .stream().findFirst().orElse(null));
    String zaaknummer = nummer.getText();
    ProcessInstance zaak = wacht().until(d -> processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(zaaknummer).processDefinitionKey("zsmHuiselijkGeweld").singleResult());
    assertThat(String.valueOf(processEngine.getRuntimeService().getVariable(zaak.getId(), "datumVtMelding")))
        .startsWith(dag.toString());
  }

  @Test
  void welkomCockpitEnBeheerZijnNederlandsZonderBanner() {
    browser.loguitEnOpen("welcome");
    browser.login("welcome", "demo", "demo");
    String welkom = browser.waitForText("Toepassingen");
    assertThat(welkom).doesNotContain("Applications", "Camunda 8");
    geenBanner(browser.driver());
    browser.open("cockpit");
    String cockpit = browser.waitForText("Processen");
    assertThat(cockpit).contains("Lopende zaken").doesNotContain("Running Process Instances", "Camunda 8");
    geenBanner(browser.driver());
    browser.open("admin");
    // Beheer loads more modules than the other webapps: on a busy CI machine it needs longer than 30 seconds
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(
        org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Gebruikers"));
    String beheer = browser.pageText();
    assertThat(beheer).doesNotContain("Camunda 8", "Log out");
    geenBanner(browser.driver());
  }

  @Test
  void supervisorZietOpHetTermijnbordDeZaakDieBijnaVerlooptBovenDeZaakMetDagen() {
    // the board counts from the browser's clock: the engine's must not be left moved by another test
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    BpmnAwareTests.init(processEngine);
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    ProcessInstance ruim = stappen.start(HgZaakStappen.intake(35, false));
    ProcessInstance krap = stappen.start(HgZaakStappen.intake(35, true));
    // the ophouden of this vastzaak ends in 30 minutes: its timer is set so, as a supervisor can in Cockpit
    // (the intake time alone cannot do it at every hour of a test run: night hours do not count for the ophouden)
    Job ophouden = processEngine.getManagementService().createJobQuery().processInstanceId(krap.getId()).timers().list().stream()
        .filter(j -> "Timer_OphoudenVerstreken".equals(processEngine.getManagementService().createJobDefinitionQuery()
            .jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId()))
        .findFirst().orElseThrow();
    processEngine.getManagementService().setJobDuedate(ophouden.getId(), new Date(System.currentTimeMillis() + 30 * 60_000));

    browser.loguitEnOpen("cockpit");
    browser.login("cockpit", "supervisor", "demo");
    browser.waitForText("Termijnbewaking");
    geenBanner(browser.driver());
    browser.click("Termijnbewaking");
    // the board loads its rows after the page and may draw them anew: every look is one snapshot of the table
    List<java.util.Map<String, Object>> rijen = wacht().until(d -> {
      List<java.util.Map<String, Object>> gezien = TermijnbordVeleZakenBrowserTest.TermijnbordSnapshot.rijen(d);
      return index(gezien, krap.getBusinessKey(), "Ophouden voor onderzoek") >= 0
          && index(gezien, ruim.getBusinessKey(), "Veiligheidsbeoordeling (5 werkdagen)") >= 0 ? gezien : null;
    });
    int krapRij = index(rijen, krap.getBusinessKey(), "Ophouden voor onderzoek");
    int ruimRij = index(rijen, ruim.getBusinessKey(), "Veiligheidsbeoordeling (5 werkdagen)");
    assertThat(krapRij).as("30 minuten voor het einde van het ophouden staat boven een termijn van dagen").isLessThan(ruimRij);
    java.util.Map<String, Object> bijna = rijen.get(krapRij);
    assertThat(String.valueOf(bijna.get("kleur"))).contains("zsm-termijn-rood");
    assertThat(String.valueOf(bijna.get("tekst"))).containsPattern("nog (29|30) min").contains("OM (ZSM-officier)");
    java.util.Map<String, Object> later = rijen.get(ruimRij);
    assertThat(String.valueOf(later.get("kleur"))).contains("zsm-termijn-groen");
    assertThat(String.valueOf(later.get("tekst"))).containsPattern("nog \\d+ d ").contains("Veilig Thuis");
    browser.screenshot("cockpit-termijnbewaking");

    HgZaakTasklistBrowserTest.klik(browser.driver(), wacht(), "//tr[@data-zaaknummer='" + krap.getBusinessKey() + "']//a");
    wacht().until(d -> d.getCurrentUrl().contains("/process-instance/" + krap.getId()));
  }

  @Test
  void elkeOrganisatieVindtDeZaakOpZaaknummerMetSoortLabelEnTermijnInDeTakenlijst() {
    BpmnAwareTests.init(processEngine);
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(35, true));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", java.util.Map.of("vermoedenStrafbaarFeit", true));
    String zaaknummer = zaak.getBusinessKey();

    // right after vraag 1 the case has a task for the OvJ and for Veilig Thuis
    for (String gebruiker : List.of("ovj", "vt")) {
      browser.loguitEnOpen("tasklist");
      browser.login("tasklist", gebruiker, "demo");
      browser.waitForText("Mijn organisatie - alle taken");
      geenBanner(browser.driver());
      HgZaakTasklistBrowserTest.klik(browser.driver(), wacht(), "(//*[normalize-space(text())='Mijn organisatie - alle taken'])[1]");
      // sorted by deadline, the first on top
      wacht().until(d -> d.getCurrentUrl().contains("filter=") && d.getCurrentUrl().contains("%22dueDate%22")
          && d.getCurrentUrl().contains("%22asc%22"));
      zoekOpZaaknummer(zaaknummer);
      String lijst = browser.waitForText(zaaknummer);
      assertThat(lijst).as(gebruiker).contains("Zaaknummer:").doesNotContain("Process Variable", "Due ", "Created");
      // vast/niet-vast and label are on the card, under "Meer tonen"
      assertThat(browser.driver().findElements(By.cssSelector(".tasks-list li.task")))
          .extracting(t -> t.getAttribute("textContent").replaceAll("\\s+", " "))
          .allSatisfy(t -> assertThat(t).contains("Vast/niet-vast: vastzaak", "Label: HG"));
      assertThat(taakkaarten()).as(gebruiker + ": alleen taken van deze zaak").isNotEmpty()
          .allSatisfy(t -> assertThat(t).contains(zaaknummer));
      if (gebruiker.equals("ovj")) { // vasthouden of heenzenden: its deadline is the end of the ophouden
        assertThat(lijst).as(gebruiker).contains("Termijn tot").containsPattern("\\d\\d:\\d\\d op \\d\\d-\\d\\d-20\\d\\d");
      }
      browser.screenshot("tasklist-" + gebruiker + "-zaak-in-de-lijst");
      assertThat(browser.driver().getCurrentUrl()).contains("searchQuery");
    }
    // Slachtofferhulp and the reclassering have no task in this case yet: their Tasklist, in Dutch
    for (String gebruiker : List.of("shn", "reclassering")) {
      browser.loguitEnOpen("tasklist");
      browser.login("tasklist", gebruiker, "demo");
      assertThat(browser.waitForText("Mijn organisatie - alle taken")).contains("Termijn verstreken", "Sneltoetsen")
          .doesNotContain("Start process", "Camunda 8", "Shortcuts");
      geenBanner(browser.driver());
    }
  }

  @Test
  void hetAfdoeningsformulierToontAlleenWatInDezeZaakSpeelt() {
    BpmnAwareTests.init(processEngine);
    ProcessInstance zaak = new HgZaakStappen(processEngine).naarAfdoeningsbeslissing();
    String taak = new HgZaakStappen(processEngine).taak(zaak, "Task_Afdoeningsbeslissing").getId();
    browser.loguitEnOpen("tasklist");
    browser.login("tasklist", "ovj", "demo");
    browser.waitForText("Mijn organisatie - alle taken");
    browser.openTaak(taak);
    browser.waitForText("Afdoenings- of routeringsbeslissing");
    // the task's name is in the list at once; the form itself follows
    String formulier = browser.waitForText("Acuut onveilig");
    assertThat(formulier).contains("Veiligheidsbeoordeling van Veilig Thuis afgerond", "Acuut onveilig", "Voltooien")
        .doesNotContain("Ex-partnerstalking en Spreekuur huiselijk geweld", "Strafrechtelijke aanpak stalking",
            "Referentieonderzoek na het Spreekuur", "Complete");
    Object hoogte = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("return document.querySelector('.fjs-form') ? document.querySelector('.fjs-form').scrollHeight : -1;");
    System.out.println("HOOGTE afdoeningsformulier: " + hoogte);
    assertThat(((Number) hoogte).intValue()).as("hoogte in pixels").isPositive().isLessThan(2500);
    browser.screenshot("tasklist-ovj-afdoeningsformulier");
  }

  /** Types the zaaknummer in Tasklist's search box and presses Enter: one step. */
  private void zoekOpZaaknummer(String zaaknummer) {
    WebElement zoek = wacht().until(d -> d.findElements(By.cssSelector("input.main-field")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    assertThat(zoek.getAttribute("placeholder")).isEqualTo("Zaaknummer + Enter, of zoekcriterium");
    zoek.click();
    zoek.sendKeys(zaaknummer, org.openqa.selenium.Keys.ENTER);
    try {
      wacht().until(d -> !taakkaarten().isEmpty() && taakkaarten().stream().allMatch(t -> t.contains(zaaknummer)));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("fout-zoeken-op-zaaknummer");
      throw new AssertionError("Niet alleen taken van " + zaaknummer + ": " + taakkaarten() + " op " + browser.driver().getCurrentUrl(), e);
    }
  }

  private List<String> taakkaarten() {
    return browser.driver().findElements(By.cssSelector(".tasks-list li.task")).stream().map(WebElement::getText).toList();
  }

  /** The row of the case with that deadline in one snapshot of the board, or -1. */
  private static int index(List<java.util.Map<String, Object>> rijen, String zaaknummer, String termijn) {
    for (int i = 0; i < rijen.size(); i++) {
      if (zaaknummer.equals(rijen.get(i).get("zaaknummer")) && String.valueOf(rijen.get(i).get("termijn")).startsWith(termijn)) {
        return i;
      }
    }
    return -1;
  }

  /** The vendor banner is neither in the page text nor visible. */
  static void geenBanner(WebDriver driver) {
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
  }
}
