package nl.zsm.hg.stalking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reclassering opens its advice task in Tasklist (headless chromium): in a stalking case the Camunda Form
 * shows the fields "Overwegingen EM ja/nee" and "Overwegingen DUT ja/nee"; in another HG case they are
 * hidden.
 */
@ZsmSpringTest
@Tag("browser")
class StalkingFormulierenBrowserTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void stalkingzaakToontDeOverwegingenEmEnDut_andereZaakNiet() {
    String stalking = adviestaak("ZSM-BROWSER-STALK", true);
    String geenStalking = adviestaak("ZSM-BROWSER-HG", false);

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "reclassering", "demo");
      browser.waitForText("Mijn organisatie - alle taken");

      String formulier = openTaak(browser, stalking, "Overwegingen EM ja/nee");
      browser.screenshot("reclassering-stalkingadvies");
      assertThat(formulier).contains("Overwegingen DUT ja/nee", "Ik adviseer mediation of een herstelgesprek");

      String ander = openTaak(browser, geenStalking, "Advies over de afdoening");
      assertThat(ander).doesNotContain("Overwegingen EM ja/nee", "Overwegingen DUT ja/nee");
    }
  }

  private String adviestaak(String zaaknummer, boolean labelExPartnerstalking) {
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("adviesReclasseringRvdk", zaaknummer, Map.of(
        "zaaknummer", zaaknummer, "adviseur", "RECLASSERING", "adviseurGroep", "reclassering", "leeftijdVerdachte", 30,
        "labelExPartnerstalking", labelExPartnerstalking, "stalkingcomponentHerkend", false));
    return taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult().getId();
  }

  /**
   * Opens the task by its Tasklist address and waits for its form. Under a loaded machine Tasklist now and
   * then misses the task in the address on the first load (seen once in a full run); one reload is allowed.
   */
  private String openTaak(TasklistBrowser browser, String taakId, String verwacht) {
    for (int poging = 1; ; poging++) {
      browser.openTaak(taakId);
      browser.driver().navigate().refresh();
      try {
        return browser.waitForText(verwacht);
      } catch (TimeoutException e) {
        if (poging == 2) {
          browser.screenshot("reclassering-taak-niet-geopend");
          throw e;
        }
      }
    }
  }
}
