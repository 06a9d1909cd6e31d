package nl.zsm.hg.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.Organisatietaken;
import nl.zsm.hg.Taken;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The eerste contactmoment between ZSM-reclassering and VT (L4305-4355) in the called process
 * vtVeiligheidsbeoordeling: vast within the 9-hour term after asking the RvdK, niet-vast with the three
 * questions, contact persons at both sides, all visible read-only to the OvJ.
 */
@ZsmSpringTest
class EersteContactmomentTest {

  static final List<String> CONTACTMOMENT = List.of("contactpersoonReclassering", "contactpersoonVt", "rvdkNavraagGedaan",
      "contactUitkomstVeiligheidsbeoordeling", "contactAanpassingDoorStrafrecht", "contactVeiligheidsvoorwaardenVt");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void vast_reclasseringBeltVtBinnenDeNegenUur_naNavraagBijDeRvdk() {
    Map<String, Object> v = zaak("ZSM-ECM-1", true);
    v.put("tijdstipAanhouding", "2026-11-25T11:00:00+01:00");
    v.put("voorlopigeHechtenisToegestaan", true);
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("vtVeiligheidsbeoordeling", "ZSM-ECM-1", v);

    Task contact = new Organisatietaken(processEngine).taak(zaak.getId(), "Activity_InformatieAdviseur");
    assertThat(contact.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-11-25T20:00:00+01:00").toInstant()));
    JsonNode formulier = new Taken(processEngine).formulierAls("reclassering", contact);
    assertThat(invulbaar(formulier)).containsAll(CONTACTMOMENT);
    assertThat(verplicht(formulier)).contains("contactpersoonReclassering", "contactpersoonVt");

    new Organisatietaken(processEngine).doe(zaak.getId(), "Activity_InformatieAdviseur", "reclassering", Map.of(
        "informatieAdviseur", "Vroeghulp: verdachte erkent ruzie.", "rvdkNavraagGedaan", true,
        "lopendOnderzoekOfBeschermingsmaatregel", false, "contactpersoonReclassering", "P. de Wit",
        "contactpersoonVt", "J. Smit"));
    assertThat(zaak).variables().containsEntry("contactpersoonVt", "J. Smit").containsEntry("rvdkNavraagGedaan", true);
  }

  @Test
  void nietVast_zaakOnbekendBijVt_politieDoetEerstDeVtMelding_danDeDrieVragen() {
    Map<String, Object> v = zaak("ZSM-ECM-2", false);
    v.put("vtMeldingGedaan", false);
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("vtVeiligheidsbeoordeling", "ZSM-ECM-2", v);
    assertThat(zaak).isWaitingAt("Activity_VtMeldingDoen");
    new Organisatietaken(processEngine).doe(zaak.getId(), "Activity_VtMeldingDoen", "politie", Map.of("datumVtMelding", "2026-11-25"));

    assertThat(zaak).isWaitingAt("Activity_NavraagAdviseur");
    new Organisatietaken(processEngine).doe(zaak.getId(), "Activity_NavraagAdviseur", "reclassering", Map.of(
        "informatieAdviseur", "Strafblad: eerdere mishandeling.",
        "contactUitkomstVeiligheidsbeoordeling", "Structureel onveilig.",
        "contactAanpassingDoorStrafrecht", "Ja: eerdere mishandeling was onbekend bij VT.",
        "contactVeiligheidsvoorwaardenVt", "Geen contact zonder toezicht.",
        "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));
    assertThat(zaak).isWaitingAt("Activity_Inventariseren").variables()
        .containsEntry("contactAanpassingDoorStrafrecht", "Ja: eerdere mishandeling was onbekend bij VT.");
  }

  @Test
  void deOfficierZietHetContactmomentAlleenLezenBijDeAfdoeningsbeslissing() throws IOException {
    JsonNode formulier = new ObjectMapper().readTree(new File("forms/hg-afdoeningsbeslissing.form"));
    List<String> alleenLezen = DeelprocesTest.alleenLezen(formulier);
    assertThat(alleenLezen).containsAll(CONTACTMOMENT).contains("klachtIngediend", "risiconiveau", "referentieonderzoek");
    assertThat(invulbaar(formulier)).doesNotContainAnyElementsOf(CONTACTMOMENT);
  }

  private static Map<String, Object> zaak(String zaaknummer, boolean vast) {
    Map<String, Object> v = new HashMap<>();
    v.put("zaaknummer", zaaknummer);
    v.put("vast", vast);
    v.put("vtMeldingGedaan", true);
    v.put("adviseur", "RECLASSERING");
    v.put("adviseurGroep", "reclassering");
    v.put("leeftijdVerdachte", 33);
    return v;
  }

  private static List<String> invulbaar(JsonNode formulier) {
    List<String> sleutels = new java.util.ArrayList<>();
    formulier.path("components").forEach(c -> {
      if (c.hasNonNull("key") && !c.path("disabled").asBoolean()) {
        sleutels.add(c.path("key").asText());
      }
    });
    return sleutels;
  }

  private static List<String> verplicht(JsonNode formulier) {
    List<String> sleutels = new java.util.ArrayList<>();
    formulier.path("components").forEach(c -> {
      if (c.path("validate").path("required").asBoolean()) {
        sleutels.add(c.path("key").asText());
      }
    });
    return sleutels;
  }
}
