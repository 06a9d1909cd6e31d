package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consent rule of Bijlage IV (L1454-1462) in Tasklist itself, as user {@code vt} in headless chromium: with the
 * victim's consent VT's form shows what the victim told SHN; without consent VT's form of the same kind of case
 * shows none of it (visible text, form field values and page source).
 */
@ZsmSpringTest
@Tag("browser")
class ToestemmingTasklistBrowserTest {

  private static final List<String> GEDEELD = List.of("Gedeeld: alleen veilig zonder hem", "Gedeeld: rust", "Gedeeld: bij zus");
  private static final List<String> NIET_GEDEELD =
      List.of("Niet gedeeld: bang voor wraak", "Niet gedeeld: verhuizen", "Niet gedeeld: opvang");

  @Autowired ProcessEngine processEngine;
  @LocalServerPort int port;

  @Test
  void veiligThuisZietInTasklistAlleenWatHetSlachtofferToestondTeDelen() {
    HgZaakStappen stappen = new HgZaakStappen(processEngine);
    ProcessInstance metToestemming = stappen.start(HgZaakStappen.intake(30, false));
    Task vtInformatie = stappen.taak(stappen.shnAfstemming(metToestemming, true, GEDEELD), "Task_VtShnInformatie");

    ProcessInstance zonderToestemming = stappen.start(HgZaakStappen.intake(30, false));
    stappen.shnAfstemming(zonderToestemming, false, NIET_GEDEELD);
    stappen.voltooi(zonderToestemming, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zonderToestemming, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN"));
    Task vtKennisnemen = stappen.taak(zonderToestemming, "Task_VtKennisnemenVrijheidsbeslissing");

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "vt", "demo");
      browser.waitForText("Mijn organisatie - alle taken");

      open(browser, vtInformatie);
      browser.waitForText("Wat zegt het slachtoffer zelf over de eigen veiligheid?");
      String getoond = wachtOpWaarde(browser, GEDEELD.get(0));
      browser.screenshot("vt-informatie-van-slachtofferhulp-met-toestemming");
      assertThat(getoond).contains(GEDEELD);

      open(browser, vtKennisnemen);
      browser.waitForText("Reactie van Veilig Thuis");
      assertThat(wachtOpWaarde(browser, zonderToestemming.getBusinessKey())).as("het formulier is gevuld")
          .contains(zonderToestemming.getBusinessKey());
      browser.screenshot("vt-kennisnemen-zonder-toestemming");
      String alles = browser.pageText() + veldwaarden(browser) + browser.driver().getPageSource();
      assertThat(NIET_GEDEELD).allSatisfy(antwoord -> assertThat(alles).doesNotContain(antwoord));
    }
  }

  private void open(TasklistBrowser browser, Task taak) {
    browser.openTaak(taak.getId());
  }

  private static String wachtOpWaarde(TasklistBrowser browser, String waarde) {
    long tot = System.currentTimeMillis() + 30_000;
    String waarden = veldwaarden(browser);
    while (!waarden.contains(waarde) && System.currentTimeMillis() < tot) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      waarden = veldwaarden(browser);
    }
    return waarden;
  }

  /** The values of all form fields on the page, as the user sees them. */
  private static String veldwaarden(TasklistBrowser browser) {
    Object waarden = ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll('textarea, input')).map(e => e.value).join('\\n');");
    return String.valueOf(waarden);
  }
}
