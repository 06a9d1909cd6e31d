package nl.zsm.hg.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.zsm.hg.TasklistBrowser;
import nl.zsm.hg.Taken;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** VT opens its assessment task in Tasklist and sees the Camunda Form with the Bijlage II criteria. */
@ZsmSpringTest
class VeiligheidsbeoordelingFormulierBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void veiligThuisZietHetFormulierMetDeCriteriaVanBijlageII() {
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("vtVeiligheidsbeoordeling", "ZSM-BROWSER-VT", Map.of(
        "zaaknummer", "ZSM-BROWSER-VT", "vast", false, "vtMeldingGedaan", true,
        "adviseur", "RECLASSERING", "adviseurGroep", "reclassering"));
    new Taken(processEngine).voltooiAls("reclassering",
        taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult(),
        Map.of("informatieAdviseur", "Vroeghulp: verdachte werkt mee."));

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "vt", "demo");
      browser.waitForText("Mijn organisatie - alle taken");
      browser.click("Mijn organisatie - alle taken");
      browser.click("Onveilige gebeurtenissen inventariseren en beoordelen");
      String formulier = browser.waitForText("Vuurwapengebruik of -bezit");
      browser.screenshot("vt-onveilige-gebeurtenissen-beoordelen");

      assertThat(formulier).contains(
          "Onveilige gebeurtenissen van nu en vroeger, met bron",
          "Geweld met letsel of (poging tot) verwurging",
          "Dagen sinds de relatie is verbroken",
          "Aantal eerdere onveilige incidenten",
          "Bijzondere vormen van geweld");
    }
  }
}
