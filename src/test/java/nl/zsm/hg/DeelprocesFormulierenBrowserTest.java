package nl.zsm.hg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Organisations open tasks of the called processes in Tasklist and the Camunda Forms render: VT's
 * assessment with the Bijlage II criteria, Slachtofferhulp's phone task with the OvJ's decision.
 */
@ZsmSpringTest
@Tag("browser")
class DeelprocesFormulierenBrowserTest {

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
        Map.of("informatieAdviseur", "Vroeghulp: verdachte werkt mee.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "vt", "demo");
      browser.waitForText("Mijn organisatie - alle taken");
      // this case's task by its address, not the first task of that name in the organisation's list: other tests
      // leave many, and in the full suite a click on one low in the list was intercepted by the list's icon
      browser.openTaak(taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult().getId());
      String formulier = browser.waitForText("Vuurwapengebruik of -bezit");
      browser.screenshot("vt-onveilige-gebeurtenissen-beoordelen");

      assertThat(formulier).contains(
          "Onveilige gebeurtenissen van nu en vroeger, met bron",
          "Geweld met letsel of (poging tot) verwurging",
          "Dagen sinds de relatie is verbroken",
          "Aantal eerdere onveilige incidenten",
          "Bijzondere vormen van geweld",
          // every question on acute onveiligheid: ja, nee or onbekend, no default (issue 10)
          "Onbekend (telt als acuut)",
          "De verdachte heeft toegang tot het (toekomstige) slachtoffer of derden, ook na vrijlating");
    }
  }

  @Test
  void slachtofferhulpZietDeBeslissingEnHetBelformulier() {
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("slachtofferInformeren", "ZSM-BROWSER-SO", Map.of(
        "zaaknummer", "ZSM-BROWSER-SO", "afdoeningsbeslissing", "STRAFBESCHIKKING", "route", "REGULIERE_AFDOENING"));

    try (TasklistBrowser browser = new TasklistBrowser(port)) {
      browser.login("tasklist", "shn", "demo");
      browser.waitForText("Mijn organisatie - alle taken");
      browser.openTaak(taskService.createTaskQuery().processInstanceId(zaak.getId()).singleResult().getId());
      String formulier = browser.waitForText("Gebeld op");
      browser.screenshot("shn-slachtoffer-informeren");

      assertThat(formulier).contains("Afdoeningsbeslissing van de OvJ", "Het slachtoffer is bereikt en geïnformeerd", "Toelichting");
    }
  }
}
