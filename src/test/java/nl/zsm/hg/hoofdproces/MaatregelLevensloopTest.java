package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import nl.zsm.hg.slachtoffer.domain.MaatregelenVoorSlachtoffer;
import nl.zsm.hg.tijd.Amsterdam;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, "the victim is told a falsehood" and "measures have a lifecycle": a release ends the inverzekeringstelling,
 * a sepot ends the criminal measures, a measure imposed again stays one registration (a change is recorded), and the
 * police register, the partners' mail, the victim's mail and the caller's form show only what is in force, once,
 * with its real end or review date.
 */
@ZsmSpringTest
class MaatregelLevensloopTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PARTNERS = "ZSM huiselijk geweld: nieuwe afdoeningsbeslissing";
  private static final String SLACHTOFFER = "Informatie na ons telefoongesprek";

  @Autowired MaatregelenVoorSlachtoffer voorSlachtoffer;
  @LocalServerPort int port;

  @BeforeEach
  void mailserverLeegmaken() throws Exception {
    TestMailserver.leegmaken();
  }

  @Test
  void naVrijlatingMetDagvaardingIsDeInverzekeringstellingBeeindigdEnZegtNiemandIetsAnders() throws Exception {
    ProcessInstance zaak = stappen.start(intakeMetEmail(true));
    String zaaknummer = zaak.getBusinessKey();
    LocalDate vandaag = LocalDate.now(Amsterdam.ZONE);
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VASTHOUDEN_IVS")));

    JsonNode ivs = enige(actief(zaaknummer));
    assertThat(ivs.path("soort").asText()).isEqualTo("VASTHOUDEN_IVS");
    assertThat(ivs.path("status").asText()).isEqualTo("OPGELEGD");
    assertThat(ivs.path("herzieningsdatum").isNull()).as("einde inverzekeringstelling of voorgeleiding").isFalse();

    stappen.voltooi(zaak, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(zaak, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", true,
        "slachtofferToestemmingEmail", true));
    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    stappen.rondDeelprocesAf(zaak, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening", "DAGVAARDING",
        "adviesBijzondereVoorwaarden", "Contactverbod", "adviesUitgebrachtDoor", "reclassering"));
    // the OvJ unticks the inverzekeringstelling (a release cannot keep the suspect) and imposes a contactverbod
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", afdoening("DAGVAARDING", null, "CONTACTVERBOD"));

    // the police register: only what is in force now
    JsonNode nu = actief(zaaknummer);
    assertThat(nu.findValuesAsText("soort")).containsExactly("CONTACTVERBOD");
    JsonNode alles = get("/api/maatregelen?zaaknummer=" + zaaknummer);
    JsonNode beeindigd = metSoort(alles, "VASTHOUDEN_IVS");
    assertThat(beeindigd.path("status").asText()).isEqualTo("BEEINDIGD");
    assertThat(beeindigd.path("einddatum").asText()).isEqualTo(vandaag.toString());
    assertThat(beeindigd.path("gewijzigdDoor").asText()).isEqualTo("DAGVAARDING");
    assertThat(beeindigd.path("beslissing").asText()).as("opgelegd door").isEqualTo("VRIJHEIDSBENEMING");
    JsonNode alleActieve = get("/api/maatregelen/actief");
    assertThat(alleActieve.findParents("zaaknummer").stream()
        .filter(m -> m.path("zaaknummer").asText().equals(zaaknummer)).map(m -> m.path("soort").asText()).toList())
        .containsExactly("CONTACTVERBOD");
    assertThat(get("/api/maatregelen/historie?zaaknummer=" + zaaknummer).findValuesAsText("wijziging"))
        .containsExactly("Opgelegd.", "Beëindigd: de verdachte is vrijgelaten.", "Opgelegd.");

    // the partners' mail: in force once, the inverzekeringstelling only as ended
    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    String partners = mail(PARTNERS).tekst();
    String nuGeldend = partners.substring(partners.indexOf("Beschermingsmaatregelen die nu gelden:"),
        partners.indexOf("Beëindigd met deze beslissing:"));
    assertThat(nuGeldend).contains("- Contactverbod: geldt vanaf").doesNotContain("inverzekeringstelling");
    assertThat(nuGeldend.split("Contactverbod", -1)).hasSize(2);
    assertThat(partners.substring(partners.indexOf("Beëindigd met deze beslissing:")))
        .contains("- Verdachte niet vrijlaten: inverzekeringstelling: beëindigd op");

    // the caller's form and the victim's mail: the same truth
    ProcessInstance informeren = deelproces(zaak, "slachtofferInformeren");
    Task bellen = processEngine.getTaskService().createTaskQuery().processInstanceId(informeren.getId())
        .taskDefinitionKey("Activity_Bellen").singleResult();
    // what the task listener maatregelenVoorBeller puts in the caller's form when the task is created
    String voorBeller = voorSlachtoffer.tekst(zaaknummer, "DAGVAARDING", vandaag);
    assertThat(voorBeller).startsWith("Contactverbod:").contains("Geldt niet meer:",
        "- Verdachte niet vrijlaten: inverzekeringstelling: beëindigd op");
    assertThat(voorBeller.split("Contactverbod", -1)).hasSize(2);
    processEngine.getTaskService().complete(bellen.getId(), Map.of("slachtofferGeinformeerdOp", new java.util.Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Uitgelegd."));
    voerJobsUit(informeren);
    String slachtoffer = mail(SLACHTOFFER).tekst();
    assertThat(slachtoffer).contains("Contactverbod: de verdachte mag op geen enkele manier contact met u opnemen")
        .doesNotContain("inverzekeringstelling. Geldt").contains("Geldt niet meer:");
    assertThat(slachtoffer.split("Contactverbod:", -1)).hasSize(2);
  }

  @Test
  void eenMaatregelDieOpnieuwWordtOpgelegdBlijftEenRegistratieEnEenWijzigingKrijgtHistorie() throws Exception {
    ProcessInstance zaak = stappen.start(intakeMetEmail(false));
    String zaaknummer = zaak.getBusinessKey();
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD", "GEBIEDSVERBOD"),
        "maatregelGebied", "Wijk Assendorp, Zwolle"));
    stappen.rondDeelprocesAf(zaak, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", true,
        "slachtofferToestemmingEmail", true));
    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", false));
    if (stappen.taakOpen(zaak, "Task_Afdoeningsbeslissing") == null) {
      stappen.rondDeelprocesAf(zaak, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.",
          "adviesAfdoening", "STRAFBESCHIKKING", "adviesUitgebrachtDoor", "reclassering"));
    }
    Map<String, Object> strafbeschikking = afdoening("STRAFBESCHIKKING", null, "CONTACTVERBOD", "GEBIEDSVERBOD");
    strafbeschikking.put("maatregelGebied", "Wijk Assendorp en Binnenstad, Zwolle");
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", strafbeschikking);

    JsonNode alles = get("/api/maatregelen?zaaknummer=" + zaaknummer);
    assertThat(alles.findValuesAsText("soort")).as("geen dubbele registratie").containsExactly("CONTACTVERBOD", "GEBIEDSVERBOD");
    JsonNode gebied = metSoort(alles, "GEBIEDSVERBOD");
    assertThat(gebied.path("gebied").asText()).isEqualTo("Wijk Assendorp en Binnenstad, Zwolle");
    assertThat(gebied.path("beslissing").asText()).isEqualTo("VRIJHEIDSBENEMING");
    assertThat(gebied.path("gewijzigdDoor").asText()).isEqualTo("STRAFBESCHIKKING");
    assertThat(metSoort(alles, "CONTACTVERBOD").path("gewijzigdDoor").asText()).as("niets veranderd")
        .isEqualTo("VRIJHEIDSBENEMING");
    assertThat(get("/api/maatregelen/historie?zaaknummer=" + zaaknummer).findValuesAsText("wijziging")).containsExactly(
        "Opgelegd.", "Opgelegd.", "Gebied gewijzigd van 'Wijk Assendorp, Zwolle' in 'Wijk Assendorp en Binnenstad, Zwolle'.");

    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    String partners = mail(PARTNERS).tekst();
    assertThat(partners.split("- Contactverbod", -1)).as("één keer").hasSize(2);
    assertThat(partners.split("- Gebiedsverbod", -1)).hasSize(2);
    assertThat(partners).contains("Gebiedsverbod (Wijk Assendorp en Binnenstad, Zwolle)")
        .doesNotContain("(Wijk Assendorp, Zwolle)");
  }

  @Test
  void eenSepotBeeindigtDeStrafrechtelijkeMaatregelen() throws Exception {
    ProcessInstance zaak = stappen.start(intakeMetEmail(false));
    String zaaknummer = zaak.getBusinessKey();
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("STRUCTUREEL"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "HEENZENDEN",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("GEDRAGSAANWIJZING_509HH", "CONTACTVERBOD")));
    assertThat(actief(zaaknummer).findValuesAsText("soort")).containsExactly("GEDRAGSAANWIJZING_509HH", "CONTACTVERBOD");
    stappen.rondDeelprocesAf(zaak, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true, "delenMetVtToegestaan", true,
        "slachtofferToestemmingEmail", true));
    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "ONVOLDOENDE"));
    // the form still shows the measures of the earlier decision; with a sepot they end
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", afdoening("SEPOT_02", null, "GEDRAGSAANWIJZING_509HH", "CONTACTVERBOD"));

    assertThat(actief(zaaknummer)).isEmpty();
    JsonNode alles = get("/api/maatregelen?zaaknummer=" + zaaknummer);
    assertThat(alles).hasSize(2);
    assertThat(alles.findValuesAsText("status")).containsOnly("BEEINDIGD");
    assertThat(alles.findValuesAsText("gewijzigdDoor")).containsOnly("SEPOT_02");

    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    String partners = mail(PARTNERS).tekst();
    assertThat(partners).contains("Beschermingsmaatregelen die nu gelden:\nGeen.", "Het strafrecht stopt")
        .contains("- Contactverbod: beëindigd op");
  }

  private static Map<String, Object> intakeMetEmail(boolean vast) {
    Map<String, Object> intake = HgZaakStappen.intake(30, vast);
    intake.put("slachtofferToestemmingEmail", true);
    return intake;
  }

  private ProcessInstance deelproces(ProcessInstance zaak, String sleutel) {
    ProcessInstance sub = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(zaak.getId()).processDefinitionKey(sleutel).singleResult();
    assertThat(sub).as(sleutel).isNotNull();
    return sub;
  }

  private void voerJobsUit(ProcessInstance pi) {
    for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      processEngine.getManagementService().executeJob(job.getId());
    }
    // the e-mails the case put ready are sent by their own process (zsmEmailVersturen)
    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, pi.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.SLACHTOFFER);
  }

  private static Mailinhoud mail(String onderwerp) {
    return Mailinhoud.ontvangenMetOnderwerp(onderwerp);
  }

  private JsonNode actief(String zaaknummer) throws Exception {
    return get("/api/maatregelen/actief?zaaknummer=" + zaaknummer);
  }

  private JsonNode get(String pad) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, "politie").get(pad);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body());
  }

  private static JsonNode enige(JsonNode lijst) {
    assertThat(lijst).hasSize(1);
    return lijst.get(0);
  }

  private static JsonNode metSoort(JsonNode lijst, String soort) {
    return lijst.findParents("soort").stream().filter(m -> m.path("soort").asText().equals(soort)).findFirst().orElseThrow();
  }
}
