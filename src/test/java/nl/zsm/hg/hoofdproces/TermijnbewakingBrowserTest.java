package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The termijnbewaking as people see it, in a real browser: the ZSM-supervisor finds the overschrijding
 * in Tasklist's filter "Termijn verstreken" and handles it (the incident is then resolved); the officer
 * sees the warning; Cockpit shows the incident of a case whose deadline passed.
 */
@ZsmSpringTest
@Tag("browser")
class TermijnbewakingBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @AfterEach
  void klokTerug() {
    new Termijnklok(processEngine).herstel();
  }

  /** A vastzaak of 25-11-2026 whose ophouden ended at 20:00 without a decision (clock driven, then real time again). */
  private ProcessInstance verstrekenVastzaak(HgZaakStappen stappen) {
    Termijnklok termijnklok = new Termijnklok(processEngine);
    termijnklok.zetOp("2026-11-25T11:05:00+01:00");
    Map<String, Object> intake = HgZaakStappen.intake(35, true);
    intake.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    ProcessInstance pi = stappen.start(intake);
    termijnklok.zetOp("2026-11-25T20:00:00+01:00");
    assertThat(termijnklok.voerVervallenTimersUit(pi)).contains("Timer_OphoudenVerstreken", "Timer_WaarschuwingOphouden");
    termijnklok.herstel();
    return pi;
  }

  @Test
  void supervisorHandeltDeOverschrijdingAfInTasklistEnDeOfficierZietDeWaarschuwing() {
    BpmnAwareTests.init(processEngine);
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    ProcessInstance pi = verstrekenVastzaak(stappen);
    String overschreden = stappen.taak(pi, "Task_OphoudenOverschreden").getId();
    String waarschuwing = stappen.taak(pi, "Task_WaarschuwingOphouden").getId();

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "supervisor", "demo");
      browser.waitForText("Termijn verstreken");
      WebDriver driver = browser.driver();
      WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
      kiesFilter(driver, "Termijn verstreken");
      String lijst = browser.waitForText("Termijn overschreden: ophouden voor onderzoek");
      assertThat(lijst).contains("Waarschuwing: termijn ophouden verloopt om 20:00 op 25-11-2026");
      browser.screenshot("supervisor-termijn-verstreken");

      browser.openTaak(overschreden);
      browser.waitForText("Wat is er gedaan?");
      browser.claim();
      HgZaakTasklistBrowserTest.vul(driver, wacht, "Wat is er gedaan?", "Officier gebeld; beslist om 20:25.");
      browser.screenshot("supervisor-overschrijding-afhandelen");
      HgZaakTasklistBrowserTest.klik(driver, wacht, "//button[normalize-space()='Voltooien']");
      wacht.until(d -> processEngine.getTaskService().createTaskQuery().taskId(overschreden).count() == 0);
    }
    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
        .configuration("ophouden voor onderzoek (art. 56a Sv)").count()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricIncidentQuery().processInstanceId(pi.getId())
        .configuration("ophouden voor onderzoek (art. 56a Sv)").singleResult().getAnnotation())
        .contains("Officier gebeld; beslist om 20:25.");

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "ovj", "demo");
      browser.waitForText("Termijn verstreken");
      kiesFilter(browser.driver(), "Termijn verstreken");
      String lijst = browser.waitForText("Waarschuwing: termijn ophouden verloopt om 20:00 op 25-11-2026");
      assertThat(lijst).doesNotContain("Termijn overschreden: ophouden voor onderzoek");
      browser.openTaak(waarschuwing);
      browser.waitForText("Termijn loopt bijna af");
      // the form shows how the deadline was counted; the extension tick box is only for the inverzekeringstelling
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(By.tagName("textarea")).stream()
          .anyMatch(t -> t.getAttribute("value").contains("Maximaal 9 uur")));
      assertThat(browser.driver().findElements(By.tagName("input"))).extracting(i -> i.getAttribute("value"))
          .contains("ophouden voor onderzoek (art. 56a Sv)", "20:00 op 25-11-2026");
      assertThat(browser.pageText()).contains("Hoe geteld").doesNotContain("eenmaal met 3 dagen verlengd");
      browser.screenshot("ovj-waarschuwing-termijn-ophouden");
    }
  }

  @Test
  void cockpitToontHetIncidentVanDeVerstrekenTermijn() {
    BpmnAwareTests.init(processEngine);
    ProcessInstance pi = verstrekenVastzaak(new HgZaakStappen(processEngine));
    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("cockpit", "supervisor", "demo");
      browser.waitForText("Processen");
      browser.driver().get("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/#/process-instance/" + pi.getId()
          + "/runtime?tab=incidents-tab");
      String tekst = browser.waitForText("termijnOverschreden");
      assertThat(tekst).contains("Termijn overschreden: ophouden voor onderzoek (art. 56a Sv) verliep om 20:00 op 25-11-2026");
      browser.screenshot("cockpit-incident-termijn-overschreden");
    }
  }

  /** Clicks the Tasklist filter with this name in the list on the left. */
  private static void kiesFilter(WebDriver driver, String naam) {
    WebDriverWait wacht = new WebDriverWait(driver, Duration.ofSeconds(30));
    HgZaakTasklistBrowserTest.klik(driver, wacht, "(//*[normalize-space(text())='" + naam + "'])[1]");
    wacht.until(d -> d.getCurrentUrl().contains("filter="));
  }
}
