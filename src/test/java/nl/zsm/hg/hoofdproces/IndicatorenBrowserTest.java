package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The policy officer in a real browser (Debian chromium, headless): logs in with HTTP Basic on /indicatoren/, sees the
 * Dutch page with its SVG charts over ten known cases of February 2025 in Midden-Nederland, with small cells
 * suppressed; the page shows no case, and from the same browser session the engine's REST API gives beleid nothing.
 */
@ZsmSpringTest
@Tag("browser")
class IndicatorenBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  private final List<String> zaaknummers = new ArrayList<>();

  @AfterEach
  void klokTerug() {
    new Termijnklok(engine).herstel();
  }

  @Test
  void beleidZietDePaginaMetGrafiekenEnGeenZaakgegevens() throws Exception {
    maakTienZaken();
    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      WebDriver driver = browser.driver();
      driver.get("http://beleid:demo@127.0.0.1:" + port
          + "/indicatoren/index.html?van=2025-02-01&tot=2025-02-28&regio=midden-nederland");
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> d.findElement(By.tagName("body")).getAttribute("data-geladen") != null);
      // the comparison per region: one call per region, Midden-Nederland has the ten cases, the others none
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> !d.findElements(By.cssSelector("#grafiek-regio svg rect")).isEmpty());
      String tekst = browser.pageText();
      assertThat(driver.findElement(By.tagName("body")).getAttribute("data-geladen")).as(tekst).isEqualTo("ja");
      assertThat(tekst).contains("Indicatoren gezamenlijke aanpak huiselijk geweld", "Kerncijfers", "Doorlooptijden",
          "Termijnoverschrijdingen", "onderdrukt (minder dan 5 zaken)", "Aantal zaken met een intake in de periode");
      assertThat(driver.findElements(By.cssSelector(".grafiek svg"))).hasSize(5);
      assertThat(driver.findElement(By.id("grafiek-regio")).getText()).contains("Midden-Nederland", "10 (n=10)", "Limburg");
      assertThat(driver.findElements(By.cssSelector(".grafiek svg rect")).size()).isGreaterThanOrEqualTo(8);
      assertThat(driver.findElement(By.cssSelector(".tegel .waarde")).getText()).isEqualTo("10");
      // 1 overrun of the 9 hours in 5 vastzaken: neither the count nor the share (20 %) is shown
      assertThat(tekst).doesNotContain("20% (n=5)");
      for (String zaaknummer : zaaknummers) {
        assertThat(tekst).doesNotContain(zaaknummer);
      }
      assertThat(tekst).doesNotContain("A. de Vries");
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 3000));
      browser.screenshot("beleid-indicatoren");
      // -Ddocs.schermafdruk=true renews the picture in docs/ and the README
      Path docs = Path.of("docs", "indicatoren-pagina.png");
      if (Boolean.getBoolean("docs.schermafdruk") && Files.isDirectory(docs.getParent())) {
        Files.copy(Path.of("target", "screenshots", "beleid-indicatoren.png"), docs,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }

      // the same logged-in browser reaches no case through the engine's REST API
      for (String pad : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
          "/engine-rest/history/variable-instance", "/engine-rest/variable-instance", "/engine-rest/history/task")) {
        Object antwoord = ((JavascriptExecutor) driver).executeAsyncScript(
            "var klaar = arguments[arguments.length - 1];"
                + "fetch(window.location.origin + arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => klaar(r.status + ' ' + t)))"
                + ".catch(e => klaar('fout ' + e));", pad);
        assertThat(antwoord.toString()).as(pad).isIn("200 []", "403").doesNotContain("A. de Vries");
      }
    }
  }

  /** Five vastzaken and five niet-vastzaken, 3 to 14 February 2025, walked to the victim informed. */
  private void maakTienZaken() {
    HgZaakStappen stappen = new HgZaakStappen(engine);
    Termijnklok klok = new Termijnklok(engine);
    for (int k = 0; k < 10; k++) {
      boolean vast = k % 2 == 0;
      String dag = String.format("2025-02-%02d", 3 + k);
      klok.zetOp(dag + "T10:00:00+01:00");
      Map<String, Object> intake = HgZaakStappen.intake(30 + k, vast);
      intake.put("regio", "midden-nederland");
      if (vast) {
        intake.put("tijdstipAanhouding", dag + "T09:00:00+01:00");
      } else {
        intake.remove("tijdstipAanhouding");
        intake.put("datumVtMelding", dag);
      }
      ProcessInstance pi = stappen.start(intake);
      zaaknummers.add(pi.getBusinessKey());
      klok.zetOp(dag + "T" + String.format("%02d", 11 + k % 5) + ":00:00+01:00");
      stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling(vast ? "ACUUT" : "GEEN"));
      klok.zetOp(dag + "T" + (k == 4 ? "19" : "13") + ":00:00+01:00");
      klok.voerVervallenTimersUit(pi);
      stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
      stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
          "veiligheidsmaatregelen", vast ? HgZaakStappen.maatregelen("CONTACTVERBOD") : HgZaakStappen.maatregelen()));
      stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
      stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", false));
      stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", vast));
      String beslissing = "STRAFBESCHIKKING";
      String maatregel = "CONTACTVERBOD";
      if (vast) {
        klok.zetOp(dag + "T" + (15 + k % 3) + ":00:00+01:00");
        stappen.rondDeelprocesAf(pi, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening", "DAGVAARDING",
            "adviesUitgebrachtDoor", "reclassering", "riscToegepast", true, "bSaferToegepast", k % 4 == 0));
        beslissing = "DAGVAARDING_VOORGELEIDING_RC";
        maatregel = "VOORGELEIDING_RC";
      }
      klok.zetOp(dag + "T" + (vast ? 18 : 16) + ":30:00+01:00");
      stappen.voltooi(pi, "Task_Afdoeningsbeslissing", "om", Map.of("afdoeningsbeslissing", beslissing,
          "toelichtingAfdoening", "Test.", "veiligheidsmaatregelen", HgZaakStappen.maatregelen(maatregel)));
      klok.zetOp(dag + "T" + (19 + k % 3) + ":00:00+01:00");
      stappen.rondDeelprocesAf(pi, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp",
          org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime(),
          "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld."));
    }
    klok.herstel();
  }
}
