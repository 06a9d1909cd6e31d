package nl.zsm.hg.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.DeelprocesTest;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.termijnen.bpmn.TermijnenExpressies;
import nl.zsm.hg.termijnen.domain.Termijnwaarden;
import nl.zsm.hg.termijnen.domain.ZaakTermijnen;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The called process vtVeiligheidsbeoordeling, started with the variables the main process passes
 * (in all). Each organisation completes its own tasks as its demo user.
 */
@ZsmSpringTest
class VtVeiligheidsbeoordelingProcesTest extends DeelprocesTest {

  static final String PROCES = "vtVeiligheidsbeoordeling";

  @Autowired TermijnenExpressies termijnen;
  @LocalServerPort int port;
  @Autowired ZaakTermijnen zaakTermijnen;

  @Override
  protected String proces() {
    return PROCES;
  }

  @Test
  void vastMeerderjarig_politieEnReclasseringLeverenAan_acuutOnveilig_vtSteltVoorwaardenOp() {
    Map<String, Object> hoofdproces = zaakVanHoofdproces(true, true, "RECLASSERING", "reclassering");
    hoofdproces.put("tijdstipAanhouding", "2026-11-28T22:00+01:00");
    hoofdproces.put("voorlopigeHechtenisToegestaan", true);
    hoofdproces.put("kinderenInGezin", true);
    ProcessInstance zaak = start("ZSM-VT-1", hoofdproces);

    assertThat(zaak).isWaitingAt("Activity_InformatieAdviseur", "Activity_InformatiePolitie");
    Task reclassering = taak(zaak, "Activity_InformatieAdviseur");
    Task politie = taak(zaak, "Activity_InformatiePolitie");
    assertThat(taken.kandidaatgroepen(reclassering)).containsExactly("reclassering");
    assertThat(taken.kandidaatgroepen(politie)).containsExactly("politie");
    assertThat(taken.formulierAls("reclassering", reclassering).path("id").asText()).isEqualTo("vt-informatie-adviseur");
    assertThat(taken.formulierAls("politie", politie).path("id").asText()).isEqualTo("vt-informatie-politie");

    taken.voltooiAls("reclassering", reclassering, Map.of(
        "informatieAdviseur", "Vroeghulp: verdachte erkent ruzie, ontkent letsel.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit",
        "lopendOnderzoekOfBeschermingsmaatregel", false));
    taken.voltooiAls("politie", politie, Map.of(
        "informatiePolitie", "Slachtoffer heeft zichtbaar letsel aan de hals; buren hoorden geschreeuw.",
        "eerdereIncidentenPolitie", "Twee eerdere meldingen huiselijk geweld."));

    assertThat(zaak).isWaitingAt("Activity_Inventariseren");
    Task inventariseren = taak(zaak, "Activity_Inventariseren");
    assertThat(taken.kandidaatgroepen(inventariseren)).containsExactly("veilig-thuis");
    assertThat(taken.formulierAls("vt", inventariseren).path("id").asText()).isEqualTo("onveilige-gebeurtenissen-beoordelen");
    // vast: VT's assessment is due when the ophouden voor onderzoek ends (L393-400)
    assertThat(inventariseren.getDueDate()).isEqualTo(termijnen.ophoudenUiterlijk("2026-11-28T22:00+01:00", true, null, null));

    // letsel/verwurging, suspect has access, no third party has sight: acute (L987, L1011-1013);
    // earlier incidents and physical violence: structural (L1187-1189, L1229-1231)
    Map<String, Object> inventaris = geenCriteria();
    inventaris.put("onveiligeGebeurtenissen", "Poging tot verwurging (politie), twee eerdere meldingen (politie).");
    inventaris.put("letselOfVerwurging", "ja");
    inventaris.put("verdachteHeeftToegang", "ja");
    inventaris.put("zichtDoorDerden", "nee");
    inventaris.put("aantalEerdereIncidenten", 2);
    inventaris.put("fysiekGeweld", true);
    taken.voltooiAls("vt", inventariseren, inventaris);

    // adult suspect with children in the family: the RvdK steps in before VT formulates the conditions
    // (decision KinderenTriage; Werkwijze stap 2, L635-650, L684-704)
    Task rvdk = taak(zaak, "Activity_RvdkCivielSpoor");
    assertThat(taken.kandidaatgroepen(rvdk)).containsExactly("rvdk");
    assertThat(taken.formulierAls("rvdk", rvdk).path("id").asText()).isEqualTo("rvdk-civiel-spoor");
    taken.voltooiAls("rvdk", rvdk, Map.of("beschermingsonderzoek", "NIET_NODIG",
        "civielSpoorToelichting", "Kinderen gesproken; oma vangt op."));

    assertThat(zaak).isWaitingAt("Activity_Voorwaarden");
    assertThat(zaak).variables()
        .containsEntry("rvdkCivielSpoor", true)
        .containsEntry("onveiligheid", "ACUUT_EN_STRUCTUREEL")
        .containsEntry("acuutOnveilig", true)
        .containsEntry("structureelOnveilig", true);
    assertThat((String) runtimeService.getVariable(zaak.getId(), "acuutGronden")).isNotBlank();
    Task voorwaarden = taak(zaak, "Activity_Voorwaarden");
    assertThat(taken.kandidaatgroepen(voorwaarden)).containsExactly("veilig-thuis");
    assertThat(taken.formulierAls("vt", voorwaarden).path("id").asText()).isEqualTo("veiligheidsvoorwaarden-opstellen");
    assertThat(voorwaarden.getDueDate()).isEqualTo(inventariseren.getDueDate());

    taken.voltooiAls("vt", voorwaarden, Map.of(
        "veiligheidsvoorwaarden", "Verdachte verblijft de komende vier weken niet in de woning; geen contact met partner.",
        "toezichtOpNaleving", "Wijkagent en VT; partner meldt schending bij de politie."));

    assertThat(zaak).isEnded();
    assertThat(zaak).hasPassed("Activity_Afronden");
    Map<String, Object> terug = eindvariabelen(zaak);
    assertThat(terug)
        .containsEntry("veiligheidsbeoordelingAfgerond", true)
        .containsEntry("onveiligheid", "ACUUT_EN_STRUCTUREEL")
        .containsEntry("veiligheidsvoorwaarden", "Verdachte verblijft de komende vier weken niet in de woning; geen contact met partner.");
  }

  @Test
  void vastMetNachtverhoor_vtEnAdviseurKrijgenDeTermijnenDieHetHoofdprocesVastlegde() {
    Map<String, Object> hoofdproces = zaakVanHoofdproces(true, true, "RECLASSERING", "reclassering");
    hoofdproces.put("tijdstipAanhouding", "2026-11-28T22:00+01:00");
    hoofdproces.put("voorlopigeHechtenisToegestaan", true);
    // an interrogation at night counts towards the ophouden (art. 56a lid 3 Sv)
    hoofdproces.put("nachtverhoren", "2026-11-29T01:00+01:00/2026-11-29T03:00+01:00");
    // as the main process stores them at intake (listener termijnenVastleggen)
    ZaakTermijnen.BijIntake bijIntake = zaakTermijnen.bijIntake(true, Termijnwaarden.aanhouding(
        hoofdproces.get("tijdstipAanhouding"), true, null, hoofdproces.get("nachtverhoren")), null, java.time.Instant.now());
    hoofdproces.put("ophoudenUiterlijk", bijIntake.ophouden().alsDate());
    hoofdproces.put("veiligheidsbeoordelingUiterlijk", bijIntake.veiligheidsbeoordeling().alsDate());
    ProcessInstance zaak = start("ZSM-VT-NACHT", hoofdproces);

    Task reclassering = taak(zaak, "Activity_InformatieAdviseur");
    assertThat(reclassering.getDueDate()).isEqualTo(hoofdproces.get("ophoudenUiterlijk"));
    taken.voltooiAls("reclassering", reclassering, Map.of(
        "informatieAdviseur", "Vroeghulp: verdachte zegt weinig.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit", "lopendOnderzoekOfBeschermingsmaatregel", false));
    taken.voltooiAls("politie", taak(zaak, "Activity_InformatiePolitie"), Map.of(
        "informatiePolitie", "Melding van buren.", "eerdereIncidentenPolitie", "Geen."));

    Task inventariseren = taak(zaak, "Activity_Inventariseren");
    assertThat(inventariseren.getDueDate()).isEqualTo(hoofdproces.get("veiligheidsbeoordelingUiterlijk"));
    // the night interrogation makes the deadline earlier than a computation without it
    assertThat(inventariseren.getDueDate()).isBefore(termijnen.ophoudenUiterlijk("2026-11-28T22:00+01:00", true, null, null));
  }

  @Test
  void nietVastZonderVtMelding_politieDoetMelding_rvdkDoetNavraag_geenOnveiligheid() {
    ProcessInstance zaak = start("ZSM-VT-2", zaakVanHoofdproces(false, false, "RVDK", "rvdk"));

    assertThat(zaak).isWaitingAt("Activity_VtMeldingDoen");
    Task melding = taak(zaak, "Activity_VtMeldingDoen");
    assertThat(melding.getName()).isEqualTo("VT-melding doen");
    assertThat(taken.kandidaatgroepen(melding)).containsExactly("politie");
    assertThat(taken.formulierAls("politie", melding).path("id").asText()).isEqualTo("vt-melding-doen");
    assertThat(melding.getDueDate()).as("'nog diezelfde dag' geldt alleen bij vast (L4345-4346)").isNull();
    // another organisation cannot do the police's task
    assertThatThrownBy(() -> taken.voltooiAls("shn", melding, Map.of())).isInstanceOf(AuthorizationException.class);

    taken.voltooiAls("politie", melding, Map.of("datumVtMelding", "2026-11-27"));

    assertThat(zaak).variables().containsEntry("vtMeldingGedaan", true);
    assertThat(zaak).isWaitingAt("Activity_NavraagAdviseur");
    assertThat(zaak).isNotWaitingAt("Activity_InformatiePolitie", "Activity_InformatieAdviseur");
    Task navraag = taak(zaak, "Activity_NavraagAdviseur");
    assertThat(taken.kandidaatgroepen(navraag)).containsExactly("rvdk");
    assertThat(taken.zichtbaarVoor("reclassering", zaak.getId())).isEmpty();
    assertThat(taken.formulierAls("rvdk", navraag).path("id").asText()).isEqualTo("vt-informatie-adviseur");
    taken.voltooiAls("rvdk", navraag, Map.of("informatieAdviseur", "Geen lopend raadsonderzoek; jeugdreclassering niet betrokken.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));

    Task inventariseren = taak(zaak, "Activity_Inventariseren");
    // niet-vast: VT assesses within five werkdagen of the melding (L529-535)
    assertThat(inventariseren.getDueDate()).isEqualTo(termijnen.veiligheidsbeoordelingUiterlijk("2026-11-27"));
    Map<String, Object> inventaris = geenCriteria();
    inventaris.put("onveiligeGebeurtenissen", "Eenmalige ruzie met duwen, geen letsel, geen voorgeschiedenis (VT-dossier).");
    inventaris.put("uitkomstEerdereVeiligheidsbeoordeling", "Geen acute of structurele onveiligheid.");
    inventaris.put("aanpassingDoorStrafrechtelijkeInformatie", false);
    taken.voltooiAls("vt", inventariseren, inventaris);

    assertThat(zaak).isEnded();
    assertThat(zaak).hasNotPassed("Activity_Voorwaarden");
    assertThat(eindvariabelen(zaak))
        .containsEntry("onveiligheid", "GEEN")
        .containsEntry("veiligheidsvoorwaarden", "")
        .containsEntry("veiligheidsbeoordelingAfgerond", true);
  }

  @Test
  void losGestartZonderAdviseurVastOfMelding_bepaaltAdviseur_politieMeldtNogDezelfdeDag() {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", "ZSM-VT-3");
    variabelen.put("leeftijdVerdachte", 16);
    ProcessInstance zaak = start("ZSM-VT-3", variabelen);

    assertThat(zaak).hasPassed("Activity_AdviseurBepalen");
    assertThat(zaak).variables().containsEntry("adviseur", "RVDK").containsEntry("adviseurGroep", "rvdk");
    // unknown vast is treated as vast: the VT-melding is due the same day (L4345-4346)
    assertThat(zaak).isWaitingAt("Activity_VtMeldingDoen");
    Task melding = taak(zaak, "Activity_VtMeldingDoen");
    assertThat(melding.getDueDate()).isNotNull();
    assertThat(melding.getDueDate().toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(23, 59, 59));
    taken.voltooiAls("politie", melding, Map.of("datumVtMelding", "2026-11-28"));

    assertThat(zaak).isWaitingAt("Activity_InformatieAdviseur", "Activity_InformatiePolitie");
    assertThat(taken.kandidaatgroepen(taak(zaak, "Activity_InformatieAdviseur"))).containsExactly("rvdk");
  }

  @Test
  void voorwaardenZijnVerplichtBijOnveiligheid_taakBlijftOpen() {
    ProcessInstance zaak = start("ZSM-VT-4", zaakVanHoofdproces(false, true, "RECLASSERING", "reclassering"));
    taken.voltooiAls("reclassering", taak(zaak, "Activity_NavraagAdviseur"), Map.of("informatieAdviseur", "Navraag gedaan.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));
    Map<String, Object> inventaris = geenCriteria();
    inventaris.put("onveiligeGebeurtenissen", "Dreiging met doden via berichten (politie).");
    inventaris.put("dreigingMetGeweldOfDoden", "ja");
    inventaris.put("verdachteHeeftToegang", "ja");
    taken.voltooiAls("vt", taak(zaak, "Activity_Inventariseren"), inventaris);
    Task voorwaarden = taak(zaak, "Activity_Voorwaarden");

    assertThatThrownBy(() -> taken.voltooiAls("vt", voorwaarden, Map.of("veiligheidsvoorwaarden", "  ", "toezichtOpNaleving", "VT")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(veiligheidsvoorwaarden)"); // the step contract: a required field of the form

    assertThat(zaak).isWaitingAt("Activity_Voorwaarden");
    assertThat(runtimeService.getVariable(zaak.getId(), "veiligheidsbeoordelingAfgerond")).isNull();
  }

  @Test
  void elkeVraagOverAcuteOnveiligheidMoetBeantwoord_onbekendTeltAlsAcuut_viaRestAlsVeiligThuis() throws Exception {
    Map<String, Object> hoofdproces = zaakVanHoofdproces(true, true, "RECLASSERING", "reclassering");
    hoofdproces.put("tijdstipAanhouding", java.time.OffsetDateTime.now().minusHours(1).withNano(0).toString());
    ProcessInstance zaak = start("ZSM-VT-6", hoofdproces);
    taken.voltooiAls("reclassering", taak(zaak, "Activity_InformatieAdviseur"), Map.of(
        "informatieAdviseur", "Vroeghulp gedaan.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit",
        "lopendOnderzoekOfBeschermingsmaatregel", false));
    taken.voltooiAls("politie", taak(zaak, "Activity_InformatiePolitie"), Map.of(
        "informatiePolitie", "Letsel aan de hals.", "eerdereIncidentenPolitie", "Geen."));
    String taakId = taak(zaak, "Activity_Inventariseren").getId();
    ApiClient vt = ApiClient.als(port, "vt");

    // the suspect is in custody now: leaving 'access' open must not make the assessment 'not acute'
    StringBuilder zonderToegang = new StringBuilder("\"onveiligeGebeurtenissen\":{\"value\":\"Poging tot verwurging.\"},"
        + "\"aantalEerdereIncidenten\":{\"value\":0,\"type\":\"Integer\"},\"letselOfVerwurging\":{\"value\":\"ja\"}");
    for (String vraag : List.of("achtJaarsFeit", "vuurwapen", "geweldTijdensZwangerschap", "seksueelMisbruik",
        "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden", "stalkingSlachtofferZeerBang",
        "schendingVeiligheidsvoorwaarden")) {
      zonderToegang.append(",\"").append(vraag).append("\":{\"value\":\"nee\"}");
    }
    HttpResponse<String> geweigerd = vt.post("/engine-rest/task/" + taakId + "/complete",
        "{\"variables\":{" + zonderToegang + "}}");
    assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(geweigerd.body()).path("message").asText())
        // the step contract names every unanswered question (the task's own listener says the same on other paths)
        .contains("(verdachteHeeftToegang)").contains("toegang tot het (toekomstige) slachtoffer")
        .contains("(zichtDoorDerden)").contains("Derden hebben zicht");
    assertThat(zaak).isWaitingAt("Activity_Inventariseren");
    assertThat(runtimeService.getVariable(zaak.getId(), "acuutOnveilig")).isNull();
    assertThat(runtimeService.getVariable(zaak.getId(), "letselOfVerwurging")).as("niets opgeslagen").isNull();

    HttpResponse<String> ongeldig = vt.post("/engine-rest/task/" + taakId + "/complete", "{\"variables\":{" + zonderToegang
        + ",\"verdachteHeeftToegang\":{\"value\":\"misschien\"},\"zichtDoorDerden\":{\"value\":\"nee\"}}}");
    assertThat(ongeldig.statusCode()).as(ongeldig.body()).isEqualTo(400);
    assertThat(ongeldig.body()).contains("ja, nee, onbekend").contains("'misschien'");

    HttpResponse<String> onbekend = vt.post("/engine-rest/task/" + taakId + "/complete", "{\"variables\":{" + zonderToegang
        + ",\"verdachteHeeftToegang\":{\"value\":\"onbekend\"},\"zichtDoorDerden\":{\"value\":\"nee\"}}}");
    assertThat(onbekend.statusCode()).as(onbekend.body()).isEqualTo(204);
    assertThat(zaak).isWaitingAt("Activity_Voorwaarden").variables()
        .containsEntry("onveiligheid", "ACUUT")
        .containsEntry("acuutOnveilig", true)
        .containsEntry("verdachteHeeftToegang", "onbekend");
    assertThat((String) runtimeService.getVariable(zaak.getId(), "veiligheidToelichting")).contains("telt als toegang");
  }

  @Test
  void eenOpenGelatenToegangMaaktDeBeoordelingNietNietAcuut_javaApi() {
    ProcessInstance zaak = start("ZSM-VT-7", zaakVanHoofdproces(false, true, "RECLASSERING", "reclassering"));
    taken.voltooiAls("reclassering", taak(zaak, "Activity_NavraagAdviseur"), Map.of("informatieAdviseur", "Navraag gedaan.", "contactpersoonReclassering", "P. de Wit", "contactpersoonVt", "J. Smit"));
    Map<String, Object> inventaris = geenCriteria();
    inventaris.put("onveiligeGebeurtenissen", "Verwurging (politie).");
    inventaris.put("letselOfVerwurging", "ja");
    inventaris.remove("verdachteHeeftToegang");
    Task inventariseren = taak(zaak, "Activity_Inventariseren");

    // without a logged-in user the step contract does not apply (internal calls): the task's own listener still
    // refuses; the engine wraps a task listener's exception; REST answers its cause with 400
    assertThatThrownBy(() -> taskService.complete(inventariseren.getId(), inventaris))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Nog niet beantwoord: 'De verdachte heeft toegang tot het (toekomstige) slachtoffer of derden");
    assertThat(zaak).isWaitingAt("Activity_Inventariseren");
    assertThat(runtimeService.getVariable(zaak.getId(), "onveiligheid")).isNull();
  }

  // --- helpers ----------------------------------------------------------------------------

  /** What the main process passes in after the intake and AdviserendeOrganisatie (contract). */
  private static Map<String, Object> zaakVanHoofdproces(boolean vast, boolean vtMeldingGedaan, String adviseur, String groep) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("zaaknummer", "ZSM-test");
    variabelen.put("vast", vast);
    variabelen.put("heterdaad", true);
    variabelen.put("vtMeldingGedaan", vtMeldingGedaan);
    variabelen.put("kinderenInGezin", false);
    variabelen.put("leeftijdVerdachte", "RVDK".equals(adviseur) ? 16 : 34);
    variabelen.put("adviseur", adviseur);
    variabelen.put("adviseurGroep", groep);
    return variabelen;
  }

  private static final List<String> ACUTE_VRAGEN = List.of("achtJaarsFeit", "vuurwapen", "letselOfVerwurging", "geweldTijdensZwangerschap", "seksueelMisbruik", "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden", "stalkingSlachtofferZeerBang", "schendingVeiligheidsvoorwaarden", "verdachteHeeftToegang", "zichtDoorDerden");

  /** VT's inventory with every Bijlage II question answered 'no', as the form submits it untouched. */
  private static Map<String, Object> geenCriteria() {
    Map<String, Object> inventaris = new HashMap<>();
    for (String criterium : List.of("achtJaarsFeit", "vuurwapen", "letselOfVerwurging", "geweldTijdensZwangerschap",
        "seksueelMisbruik", "onthoudenZorgAcuut", "intiemTerreurOfGeweld", "dreigingMetGeweldOfDoden",
        "stalkingSlachtofferZeerBang", "schendingVeiligheidsvoorwaarden", "verdachteHeeftToegang", "zichtDoorDerden",
        "voortdurendeOnveiligeSituatie", "fysiekGeweld", "psychischGeweld", "seksueelGeweld", "verwaarlozing",
        "bijzondereVormen")) {
      inventaris.put(criterium, false);
    }
    // the questions on acute onveiligheid are answered ja / nee / onbekend (radio), the others are ticks
    for (String acuut : ACUTE_VRAGEN) {
      inventaris.put(acuut, "nee");
    }
    inventaris.put("aantalEerdereIncidenten", 0);
    return inventaris;
  }

  private Task taak(ProcessInstance zaak, String activiteit) {
    return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(activiteit).singleResult();
  }
}
