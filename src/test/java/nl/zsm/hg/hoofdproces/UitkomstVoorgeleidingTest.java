package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.EmailJobs;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import nl.zsm.hg.notificatie.domain.VoorgeleidingsBericht;
import nl.zsm.hg.slachtoffer.domain.SlachtofferBericht;
import nl.zsm.hg.tijd.Amsterdam;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, "the RC's outcome": after a dagvaarding with voorgeleiding the officier records what the
 * rechter-commissaris decided (inbewaringstelling, schorsing with conditions, invrijheidstelling); the register shows
 * it with its lifecycle (the inverzekeringstelling ends, a schorsing suspends the bewaring and adds its conditions),
 * VT and the partners get an e-mail, the victim is called and mailed, and a release of an acutely unsafe suspect
 * without protection gives the officier a task and a warning in the partners' mail.
 */
@ZsmSpringTest
class UitkomstVoorgeleidingTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void schorsingOnderVoorwaardenBeeindigtDeInverzekeringstellingSchorstDeBewaringEnRegistreertDeVoorwaarden()
      throws Exception {
    ProcessInstance zaak = voorgeleid();
    String zaaknummer = zaak.getBusinessKey();
    LocalDate vandaag = LocalDate.now(Amsterdam.ZONE);
    TestMailserver.leegmaken();

    Map<String, Object> uitkomst = new HashMap<>();
    uitkomst.put("uitkomstVoorgeleiding", "SCHORSING");
    uitkomst.put("schorsingsvoorwaarden", HgZaakStappen.maatregelen("CONTACTVERBOD", "LOCATIEVERBOD", "MELDPLICHT"));
    uitkomst.put("schorsingGebied", "Woning Dorpsstraat 1, Zwolle");
    uitkomst.put("schorsingVoorwaardenToelichting", "Melden bij de reclassering, elke week.");
    uitkomst.put("toelichtingUitkomstVoorgeleiding", "RC volgt het advies van de reclassering.");
    stappen.voltooi(zaak, "Task_UitkomstVoorgeleiding", "om", uitkomst);

    // the register: the conditions in force, imposed by the RC; custody ended, the bewaring suspended
    JsonNode actief = get("/api/maatregelen/actief?zaaknummer=" + zaaknummer);
    assertThat(actief.findValuesAsText("soort")).containsExactly("CONTACTVERBOD", "LOCATIEVERBOD", "MELDPLICHT");
    assertThat(actief.findValuesAsText("beslissing")).containsOnly("RC_SCHORSING");
    assertThat(metSoort(actief, "LOCATIEVERBOD").path("gebied").asText()).isEqualTo("Woning Dorpsstraat 1, Zwolle");
    JsonNode alles = get("/api/maatregelen?zaaknummer=" + zaaknummer);
    JsonNode ivs = metSoort(alles, "VASTHOUDEN_IVS");
    assertThat(ivs.path("status").asText()).isEqualTo("BEEINDIGD");
    assertThat(ivs.path("einddatum").asText()).isEqualTo(vandaag.toString());
    assertThat(ivs.path("gewijzigdDoor").asText()).isEqualTo("RC_SCHORSING");
    JsonNode bewaring = metSoort(alles, "VOORGELEIDING_RC");
    assertThat(bewaring.path("status").asText()).isEqualTo("GESCHORST");
    assertThat(bewaring.path("gewijzigdDoor").asText()).isEqualTo("RC_SCHORSING");
    assertThat(get("/api/maatregelen/historie?zaaknummer=" + zaaknummer).findValuesAsText("wijziging")).contains(
        "Beëindigd: de rechter-commissaris heeft de bewaring onder voorwaarden geschorst.",
        "Geschorst door de rechter-commissaris onder voorwaarden: Contactverbod, Locatieverbod, Meldplicht.");
    assertThat(alles.findValuesAsText("soort")).filteredOn("VOORGELEIDING_RC"::equals).hasSize(1);
    assertThat(get("/api/maatregelen/historie?zaaknummer=" + zaaknummer).findValuesAsText("wijziging"))
        .as("de bewaring wordt geschorst, niet opnieuw of anders geregistreerd")
        .noneMatch(w -> w.startsWith("Herzieningsdatum gewijzigd"));
    assertThat(processEngine.getRuntimeService().getVariable(zaak.getId(), "voorgeleidingZonderBescherming"))
        .isEqualTo(false);

    // VT and the partners
    EmailJobs.verstuurAlle(processEngine, zaaknummer, EmailJobs.PARTNERS);
    Mailinhoud partners = mail(VoorgeleidingsBericht.ONDERWERP);
    assertThat(partners.aan()).contains("zsm@veiligthuis.example.invalid");
    String tekst = partners.tekst();
    assertThat(tekst).contains("Zaaknummer: " + zaaknummer,
        "Uitkomst voorgeleiding: Bewaring geschorst onder voorwaarden: de verdachte is vrij",
        "Toelichting van de officier: RC volgt het advies van de reclassering.",
        "- Locatieverbod (Woning Dorpsstraat 1, Zwolle): geldt vanaf", "- Meldplicht: geldt vanaf")
        .doesNotContain("Let op:");
    assertThat(tekst.substring(tekst.indexOf("Geschorst:"), tekst.indexOf("Beëindigd met deze uitkomst:")))
        .contains("- Voorgeleiding rechter-commissaris");
    assertThat(tekst.substring(tekst.indexOf("Beëindigd met deze uitkomst:")))
        .contains("- Verdachte niet vrijlaten: inverzekeringstelling: beëindigd op");

    // the victim: called (the form shows the outcome and the conditions), then the same by e-mail
    ProcessInstance informeren = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(zaak.getId()).processDefinitionKey("slachtofferInformeren").singleResult();
    assertThat(informeren).as("slachtoffer informeren over de uitkomst").isNotNull();
    Task bellen = processEngine.getTaskService().createTaskQuery().processInstanceId(informeren.getId())
        .taskDefinitionKey("Activity_Bellen").singleResult();
    assertThat(processEngine.getTaskService().getVariable(bellen.getId(), "uitkomstVoorgeleiding")).isEqualTo("SCHORSING");
    String voorBeller = String.valueOf(processEngine.getTaskService().getVariable(bellen.getId(), "maatregelenVoorSlachtoffer"));
    assertThat(voorBeller).startsWith("Contactverbod:").contains("Locatieverbod: de verdachte mag niet komen op deze plek:"
        + " Woning Dorpsstraat 1, Zwolle", "Geldt niet meer:", "- Verdachte niet vrijlaten: inverzekeringstelling: beëindigd op");
    processEngine.getTaskService().complete(bellen.getId(), Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Uitkomst RC verteld."));
    voerJobsUit(informeren);
    String slachtoffer = mail(SlachtofferBericht.ONDERWERP).tekst();
    assertThat(slachtoffer).contains("De rechter-commissaris heeft besloten dat de verdachte vrij mag zijn, maar alleen"
        + " als hij of zij zich aan voorwaarden houdt", "Contactverbod: de verdachte mag op geen enkele manier contact",
        "Locatieverbod: de verdachte mag niet komen op deze plek: Woning Dorpsstraat 1, Zwolle", "Meldplicht.")
        .doesNotContain("te dagvaarden en voor te geleiden");
    assertThat(stappen.taakOpen(zaak, "Task_VeiligheidNaVrijlatingRc")).isNull();
  }

  @Test
  void invrijheidstellingBijAcuteOnveiligheidZonderBeschermingGeeftDeOfficierEenTaakEnDePartnersEenWaarschuwing()
      throws Exception {
    ProcessInstance zaak = voorgeleid();
    String zaaknummer = zaak.getBusinessKey();
    TestMailserver.leegmaken();

    stappen.voltooi(zaak, "Task_UitkomstVoorgeleiding", "om", Map.of("uitkomstVoorgeleiding", "INVRIJHEIDSTELLING"));

    assertThat(get("/api/maatregelen/actief?zaaknummer=" + zaaknummer)).isEmpty();
    JsonNode alles = get("/api/maatregelen?zaaknummer=" + zaaknummer);
    assertThat(alles.findValuesAsText("status")).containsOnly("BEEINDIGD");
    assertThat(alles.findValuesAsText("gewijzigdDoor")).containsOnly("RC_INVRIJHEIDSTELLING");

    Task taak = stappen.taak(zaak, "Task_VeiligheidNaVrijlatingRc");
    assertThat(stappen.groepen(taak)).containsExactly("om");
    assertThat(taak.getDueDate()).as("vandaag geregeld").isNotNull();
    assertThat(String.valueOf(processEngine.getTaskService().getVariable(taak.getId(), "voorgeleidingWaarschuwing")))
        .startsWith("Let op: Veilig Thuis beoordeelt de situatie als acuut onveilig")
        .contains("Werkwijze, stap 2 en Bijlage II: acute onveiligheid");

    EmailJobs.verstuurAlle(processEngine, zaaknummer, EmailJobs.PARTNERS);
    assertThat(mail(VoorgeleidingsBericht.ONDERWERP).tekst()).contains(
        "Uitkomst voorgeleiding: Invrijheidstelling", "Let op: Veilig Thuis beoordeelt de situatie als acuut onveilig",
        "Beschermingsmaatregelen die nu gelden:\nGeen.", "- Voorgeleiding rechter-commissaris", "beëindigd op");
    // the victim hears it too
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(zaak.getId())
        .processDefinitionKey("slachtofferInformeren").count()).isEqualTo(1);

    stappen.voltooi(zaak, "Task_VeiligheidNaVrijlatingRc", "om",
        Map.of("veiligheidNaVrijlatingRc", "Gedragsaanwijzing uitgevaardigd; VT maakt vandaag een veiligheidsplan."));
    assertThat(stappen.taakOpen(zaak, "Task_VeiligheidNaVrijlatingRc")).isNull();
  }

  @Test
  void inbewaringstellingHoudtDeBewaringVanKrachtMetEenHerzieningNaVeertienDagen() throws Exception {
    ProcessInstance zaak = voorgeleid();
    String zaaknummer = zaak.getBusinessKey();
    LocalDate vandaag = LocalDate.now(Amsterdam.ZONE);

    stappen.voltooi(zaak, "Task_UitkomstVoorgeleiding", "om", Map.of("uitkomstVoorgeleiding", "INBEWARINGSTELLING"));

    JsonNode actief = get("/api/maatregelen/actief?zaaknummer=" + zaaknummer);
    assertThat(actief.findValuesAsText("soort")).containsExactly("VOORGELEIDING_RC");
    assertThat(actief.get(0).path("herzieningsdatum").asText()).isEqualTo(vandaag.plusDays(14).toString());
    assertThat(actief.get(0).path("gewijzigdDoor").asText()).isEqualTo("RC_INBEWARINGSTELLING");
    assertThat(metSoort(get("/api/maatregelen?zaaknummer=" + zaaknummer), "VASTHOUDEN_IVS").path("status").asText())
        .isEqualTo("BEEINDIGD");
    assertThat(stappen.taakOpen(zaak, "Task_VeiligheidNaVrijlatingRc")).isNull();
  }

  @Test
  void eenSchorsingZonderVoorwaardenOfMetEenVoorwaardeDieDeRcNietOplegtWordtGeweigerdEnVerandertNiets()
      throws Exception {
    ProcessInstance zaak = voorgeleid();
    String zaaknummer = zaak.getBusinessKey();
    Task taak = stappen.taak(zaak, "Task_UitkomstVoorgeleiding");

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taak.getId(),
        Map.of("uitkomstVoorgeleiding", "SCHORSING")))
        .hasMessageContaining("Een schorsing gaat altijd met voorwaarden");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taak.getId(),
        Map.of("uitkomstVoorgeleiding", "SCHORSING", "schorsingsvoorwaarden",
            HgZaakStappen.maatregelen("GEDRAGSAANWIJZING_509HH"))))
        .hasMessageContaining("is geen voorwaarde die de rechter-commissaris bij een schorsing oplegt");
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taak.getId(),
        Map.of("uitkomstVoorgeleiding", "SCHORSING", "schorsingsvoorwaarden", HgZaakStappen.maatregelen("GEBIEDSVERBOD"))))
        .hasMessageContaining("Vul bij een locatie- of gebiedsverbod in waar het geldt");

    assertThat(stappen.taakOpen(zaak, "Task_UitkomstVoorgeleiding")).as("taak blijft open").isNotNull();
    assertThat(metSoort(get("/api/maatregelen?zaaknummer=" + zaaknummer), "VASTHOUDEN_IVS").path("status").asText())
        .as("niets half veranderd").isEqualTo("OPGELEGD");
  }

  /** An arrested suspect, acute onveiligheid, kept in custody and brought before the RC by the officier. */
  private ProcessInstance voorgeleid() {
    Map<String, Object> intake = HgZaakStappen.intake(30, true);
    intake.put("slachtofferToestemmingEmail", true);
    ProcessInstance zaak = stappen.start(intake);
    stappen.rondDeelprocesAf(zaak, "vtVeiligheidsbeoordeling", HgZaakStappen.veiligheidsbeoordeling("ACUUT"));
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", Map.of("vrijheidsbeslissing", "INVERZEKERINGSTELLING",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VASTHOUDEN_IVS")));
    stappen.voltooi(zaak, "Task_VtKennisnemenVrijheidsbeslissing", "veilig-thuis", Map.of());
    stappen.rondDeelprocesAf(zaak, "shnVtAfstemming", Map.of("slachtofferWenstVervolging", true,
        "delenMetVtToegestaan", true, "slachtofferToestemmingEmail", true));
    stappen.voltooi(zaak, "Task_BewijsBeoordelen", "om", Map.of("bewijs", "VOLDOENDE", "ernstigeBezwaren", true));
    stappen.rondDeelprocesAf(zaak, "adviesReclasseringRvdk", Map.of("advies", "Toezicht.", "adviesAfdoening",
        "DAGVAARDING", "adviesBijzondereVoorwaarden", "Contactverbod", "adviesUitgebrachtDoor", "reclassering"));
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", Map.of("afdoeningsbeslissing",
        "DAGVAARDING_VOORGELEIDING_RC", "toelichtingAfdoening", "Vorderen inbewaringstelling.",
        "veiligheidsmaatregelen", HgZaakStappen.maatregelen("VASTHOUDEN_IVS", "VOORGELEIDING_RC")));
    // the victim hears of the afdoeningsbeslissing first
    stappen.rondDeelprocesAf(zaak, "slachtofferInformeren", Map.of("slachtofferGeinformeerdOp", new Date(),
        "slachtofferBereikt", true, "slachtofferInformatieToelichting", "Gebeld."));
    // the e-mails of the afdoeningsbeslissing go out before the RC decides
    EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), EmailJobs.SLACHTOFFER);
    EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), EmailJobs.PARTNERS);
    stappen.taak(zaak, "Task_UitkomstVoorgeleiding");
    return zaak;
  }

  private void voerJobsUit(ProcessInstance pi) {
    for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      processEngine.getManagementService().executeJob(job.getId());
    }
    EmailJobs.verstuurAlle(processEngine, pi.getBusinessKey(), EmailJobs.SLACHTOFFER);
  }

  private static Mailinhoud mail(String onderwerp) {
    return Mailinhoud.ontvangenMetOnderwerp(onderwerp);
  }

  private JsonNode get(String pad) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, "politie").get(pad);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body());
  }

  private static JsonNode metSoort(JsonNode lijst, String soort) {
    return lijst.findParents("soort").stream().filter(m -> m.path("soort").asText().equals(soort)).findFirst()
        .orElseThrow(() -> new AssertionError("geen " + soort + " in " + lijst));
  }
}
