package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rule that must never break, on every path to a release, through REST as the officier (issue 10, part 2):
 * an arrested suspect with acute (or not yet assessed) onveiligheid goes free only with a measure that protects
 * the victim after release and that the officier imposes, or that its own authority already imposed (huisverbod
 * by the burgemeester, with the date). Keeping and releasing in one decision is refused. After a refusal the task
 * is still open, the decision is not stored and no measure is registered.
 */
@ZsmSpringTest
class VrijlatingsregelRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;

  private HgZaakStappen stappen;
  private ApiClient ovj;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
    stappen = new HgZaakStappen(processEngine);
    ovj = ApiClient.als(port, "ovj");
  }

  // --- the 9-hour decision (Task_Vrijheidsbeneming) ---------------------------------------------

  @Test
  void heenzendenMetAlleenInverzekeringstellingIsTegenstrijdigEnWordtGeweigerd() throws Exception {
    ProcessInstance pi = vastEnAcuutBijVrijheidsbeneming();
    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing",
        heenzenden("VASTHOUDEN_IVS"), "Heenzenden geweigerd: tegenstrijdige beslissing");
    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing",
        heenzenden("VOORGELEIDING_RC", "CONTACTVERBOD"), "tegenstrijdige beslissing");
  }

  @Test
  void heenzendenMetAlleenEenMaatregelDieNietBeschermtWordtGeweigerd() throws Exception {
    ProcessInstance pi = vastEnAcuutBijVrijheidsbeneming();
    for (String zwak : new String[] {"MEEWERKEN_HULPVERLENING", "MELDPLICHT", "ELEKTRONISCHE_MONITORING"}) {
      String melding = weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing", heenzenden(zwak), "Heenzenden geweigerd");
      assertThat(melding).contains("acuut onveilig").contains("Werkwijze, stap 2 en Bijlage II: acute onveiligheid")
          .doesNotContainPattern("L\\d{3}");
    }
  }

  @Test
  void eenHuisverbodLegtDeBurgemeesterOp_zonderDatumGeweigerd_metDatumTeltHet() throws Exception {
    ProcessInstance pi = vastEnAcuutBijVrijheidsbeneming();
    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing", heenzenden("TIJDELIJK_HUISVERBOD"),
        "legt de burgemeester op, niet de officier van justitie");
    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing", heenzenden("TIJDELIJK_HUISVERBOD")
        + ",\"huisverbodOpgelegdOp\":{\"value\":\"" + LocalDate.now().plusDays(2) + "\"}", "in de toekomst");

    String opgelegd = LocalDate.now().minusDays(1).toString();
    voltooit(pi, "Task_Vrijheidsbeneming", heenzenden("TIJDELIJK_HUISVERBOD")
        + ",\"huisverbodOpgelegdOp\":{\"value\":\"" + opgelegd + "\"}");
    assertThat(pi).hasPassed("Task_HeenzendenToetsen").isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
    JsonNode huisverbod = geregistreerd(pi).get(0);
    assertThat(huisverbod.path("soort").asText()).isEqualTo("TIJDELIJK_HUISVERBOD");
    assertThat(huisverbod.path("ingangsdatum").asText()).as("vanaf de dag dat de burgemeester het oplegde").isEqualTo(opgelegd);
  }

  @Test
  void zonderVeiligheidsbeoordelingTeltDeOnveiligheidAlsAcuut() throws Exception {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(41, true));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing", heenzenden("MEEWERKEN_HULPVERLENING"),
        "nog geen veiligheidsbeoordeling");
    voltooit(pi, "Task_Vrijheidsbeneming", heenzenden("GEDRAGSAANWIJZING_509HH"));
  }

  @Test
  void voorgeleidingAanDeRechterCommissarisIsGeenVrijlating() throws Exception {
    ProcessInstance pi = vastEnAcuutBijVrijheidsbeneming();
    voltooit(pi, "Task_Vrijheidsbeneming", beslissing("vrijheidsbeslissing", "VOORGELEIDING_RC", "VOORGELEIDING_RC"));
    // what the RC decides (bewaring, schorsing with conditions, release) is not a step of the model yet
    assertThat(pi).isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
  }

  @Test
  void naAlsnogAanhoudenGeldtDeRegelVoorDeNuAangehoudenVerdachte() throws Exception {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(36, false));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    voltooit(pi, "Task_Vrijheidsbeneming", beslissing("vrijheidsbeslissing", "ALSNOG_AANHOUDEN"));
    assertThat(pi).hasPassed("Task_AanhoudingVastleggen").isWaitingAt("Task_Vrijheidsbeneming")
        .variables().containsEntry("vast", true);

    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing", heenzenden("MEEWERKEN_HULPVERLENING"),
        "nog geen veiligheidsbeoordeling");
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    weigert(pi, "Task_Vrijheidsbeneming", "vrijheidsbeslissing", heenzenden("VASTHOUDEN_IVS"), "tegenstrijdige beslissing");
    voltooit(pi, "Task_Vrijheidsbeneming", heenzenden("CONTACTVERBOD"));
    assertThat(pi).isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
  }

  // --- the afdoening (Task_Afdoeningsbeslissing), plandatum and on hold ---------------------------

  @Test
  void elkeAfdoeningBehalveVoorgeleidingLaatVrijEnVraagtEenBeschermendeMaatregel() throws Exception {
    ProcessInstance pi = vastEnAcuutBijAfdoening();
    for (String afdoening : new String[] {"DAGVAARDING", "SEPOT_01", "SEPOT_02", "VOORWAARDELIJK_SEPOT",
        "VOORWAARDELIJK_BELEIDSSEPOT", "STRAFBESCHIKKING", "ROUTERING_ONDERZOEKEN", "GEDRAGSAANWIJZING",
        "AFDOENING_ON_HOLD"}) {
      weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
          beslissing("afdoeningsbeslissing", afdoening, "MEEWERKEN_HULPVERLENING"),
          "Vrijlaten met deze afdoeningsbeslissing geweigerd");
    }
    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "PLANDATUM", "MELDPLICHT") + plandatum(), "acuut onveilig");
    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "SEPOT_02", "VASTHOUDEN_IVS"), "tegenstrijdige beslissing");
    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "SEPOT_02", "TIJDELIJK_HUISVERBOD"), "legt de burgemeester op");
    // a sepot ends the criminal case: a contactverbod of the officier does not protect the victim then
    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "SEPOT_01", "CONTACTVERBOD"), "Met een sepot eindigt de strafzaak");

    voltooit(pi, "Task_Afdoeningsbeslissing", beslissing("afdoeningsbeslissing", "DAGVAARDING_VOORGELEIDING_RC", "VOORGELEIDING_RC"));
    assertThat(pi).hasPassed("Task_AfdoeningToetsen").isWaitingAt("Task_AdviseurKennisnemen");
  }

  @Test
  void naDePlandatumBeslistDeOfficierOpnieuwOnderDezelfdeRegel() throws Exception {
    ProcessInstance pi = vastEnAcuutBijAfdoening();
    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "PLANDATUM", "ELEKTRONISCHE_MONITORING") + plandatum(), "acuut onveilig");
    voltooit(pi, "Task_Afdoeningsbeslissing", beslissing("afdoeningsbeslissing", "PLANDATUM", "GEDRAGSAANWIJZING_509HH") + plandatum());
    assertThat(pi).isWaitingAt("Timer_Plandatum");
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId("Timer_Plandatum").singleResult();
    processEngine.getManagementService().executeJob(timer.getId());
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing");

    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "SEPOT_02", "MEEWERKEN_HULPVERLENING"), "acuut onveilig");
    voltooit(pi, "Task_Afdoeningsbeslissing", beslissing("afdoeningsbeslissing", "SEPOT_02", "TIJDELIJK_HUISVERBOD")
        + ",\"huisverbodOpgelegdOp\":{\"value\":\"" + LocalDate.now() + "\"}");
    assertThat(pi).isWaitingAt("Task_AdviseurKennisnemen");
  }

  @Test
  void naHetSpreekuurBeslistDeOfficierOpnieuwOnderDezelfdeRegel() throws Exception {
    ProcessInstance pi = vastEnAcuutBijAfdoening();
    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "AFDOENING_ON_HOLD", "MEEWERKEN_HULPVERLENING"), "acuut onveilig");
    voltooit(pi, "Task_Afdoeningsbeslissing", beslissing("afdoeningsbeslissing", "AFDOENING_ON_HOLD", "GEDRAGSAANWIJZING_509HH"));
    assertThat(pi).isWaitingAt("Call_Spreekuur");
    stappen.rondDeelprocesAf(pi, "spreekuurHuiselijkGeweld", Map.of("toestemmingContactVt", true,
        "referentieonderzoek", "VT: geen contact met slachtoffer.", "advies", "Gedragsaanwijzing met contactverbod.",
        "adviesAfdoening", "GEDRAGSAANWIJZING", "veiligheidsvoorwaarden", "Geen contact.", "contactpersoonVt", "J. Smit"));
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing");

    weigert(pi, "Task_Afdoeningsbeslissing", "afdoeningsbeslissing",
        beslissing("afdoeningsbeslissing", "GEDRAGSAANWIJZING", "MELDPLICHT"), "acuut onveilig");
    voltooit(pi, "Task_Afdoeningsbeslissing", beslissing("afdoeningsbeslissing", "GEDRAGSAANWIJZING", "CONTACTVERBOD"));
    assertThat(pi).isWaitingAt("Task_AdviseurKennisnemen");
  }

  // --- helpers ------------------------------------------------------------------------------------

  private ProcessInstance vastEnAcuutBijVrijheidsbeneming() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    assertThat(pi).variables().containsEntry("vast", true).containsEntry("acuutOnveilig", true);
    return pi;
  }

  /** Arrested, acute and structural, kept in custody; insufficient evidence: the flowchart goes to the decision. */
  private ProcessInstance vastEnAcuutBijAfdoening() {
    ProcessInstance pi = stappen.start(HgZaakStappen.intake(40, true));
    stappen.rondDeelprocesAf(pi, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT_EN_STRUCTUREEL"));
    stappen.voltooi(pi, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(pi, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen()));
    stappen.voltooi(pi, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(pi, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", false, "delenMetVtToegestaan", false));
    stappen.voltooi(pi, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE", "ernstigeBezwaren", false));
    assertThat(pi).isWaitingAt("Task_Afdoeningsbeslissing").variables().containsEntry("acuutOnveilig", true);
    return pi;
  }

  private static String heenzenden(String... maatregelen) {
    return beslissing("vrijheidsbeslissing", "HEENZENDEN", maatregelen);
  }

  private static String plandatum() {
    return ",\"plandatum\":{\"value\":\"" + LocalDate.now().plusWeeks(3) + "\"}";
  }

  /** The variables of a decision as the officier's form submits them (the checklist as a Json variable). */
  private static String beslissing(String variabele, String waarde, String... maatregelen) {
    String lijst = Stream.of(maatregelen).map(m -> "\\\"" + m + "\\\"").collect(Collectors.joining(","));
    // the afdoening's form also requires an explanation and who informs the victim (its step contract)
    String verplicht = variabele.equals("afdoeningsbeslissing")
        ? ",\"toelichtingAfdoening\":{\"value\":\"Afweging van de officier.\"},"
            + "\"informerendeOrganisatie\":{\"value\":\"slachtofferhulp\"}"
        : "";
    return "\"" + variabele + "\":{\"value\":\"" + waarde + "\"},"
        + "\"veiligheidsmaatregelen\":{\"value\":\"[" + lijst + "]\",\"type\":\"Json\"}" + verplicht;
  }

  private HttpResponse<String> voltooi(String taakId, String variabelen) {
    return ovj.post("/engine-rest/task/" + taakId + "/complete", "{\"variables\":{" + variabelen + "}}");
  }

  private void voltooit(ProcessInstance pi, String taak, String variabelen) {
    HttpResponse<String> antwoord = voltooi(stappen.taak(pi, taak).getId(), variabelen);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(204);
  }

  /** Refused with 400 and the Dutch message; the task stays open, the decision and the register are unchanged. */
  private String weigert(ProcessInstance pi, String taak, String beslisvariabele, String variabelen, String melding)
      throws Exception {
    String taakId = stappen.taak(pi, taak).getId();
    Object beslissingVooraf = processEngine.getRuntimeService().getVariable(pi.getId(), beslisvariabele);
    int geregistreerdVooraf = geregistreerd(pi).size();

    HttpResponse<String> antwoord = voltooi(taakId, variabelen);

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    String bericht = JSON.readTree(antwoord.body()).path("message").asText();
    assertThat(bericht).contains(melding);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taakId).count()).as("taak blijft open").isEqualTo(1);
    assertThat(Objects.equals(processEngine.getRuntimeService().getVariable(pi.getId(), beslisvariabele), beslissingVooraf))
        .as("beslissing niet opgeslagen").isTrue();
    assertThat(geregistreerd(pi)).as("geen maatregel geregistreerd").hasSize(geregistreerdVooraf);
    return bericht;
  }

  private JsonNode geregistreerd(ProcessInstance pi) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, "politie").get("/api/maatregelen?zaaknummer=" + pi.getBusinessKey());
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body());
  }
}
