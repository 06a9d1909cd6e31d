package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.notificatie.EmailJobs;
import nl.zsm.hg.notificatie.Mailinhoud;
import nl.zsm.hg.notificatie.TestMailserver;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the OvJ's decision: the protective measures are registered at once and readable by police (L818-825), and
 * Veilig Thuis and the ZSM partners get an e-mail in their functional mailboxes (L876-878); after a sepot VT reads
 * that criminal law stops and VT continues (L632-640).
 */
@ZsmSpringTest
class BeslissingUitdragenTest extends HoofdprocesScenario {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @BeforeEach
  void mailserverLeegmaken() throws Exception {
    TestMailserver.leegmaken();
  }

  @Test
  void voorwaardelijkSepotMetLocatieverbod_geregistreerdVoorPolitie_enDePartnersLezenWatNuGeldt() throws Exception {
    ProcessInstance zaak = stappen.naarAfdoeningsbeslissing();
    String zaaknummer = zaak.getBusinessKey();

    // a locatieverbod without the place it applies to is refused; nothing is registered, the task stays open
    Map<String, Object> zonderGebied = metVerboden("VOORWAARDELIJK_SEPOT", null);
    assertThatThrownBy(() -> stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", zonderGebied))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("waar het geldt");
    assertThat(zaak).isWaitingAt("Task_Afdoeningsbeslissing");
    assertThat(maatregelen("politie", zaaknummer)).isEmpty();

    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", metVerboden("VOORWAARDELIJK_SEPOT", "Dorpsstraat 1, Zwolle"));

    // registered the moment they are imposed, before any mail or phone call
    JsonNode geregistreerd = maatregelen("politie", zaaknummer);
    assertThat(geregistreerd).hasSize(2);
    JsonNode locatieverbod = geregistreerd.findParents("soort").stream()
        .filter(m -> m.path("soort").asText().equals("LOCATIEVERBOD")).findFirst().orElseThrow();
    assertThat(locatieverbod.path("gebied").asText()).isEqualTo("Dorpsstraat 1, Zwolle");
    assertThat(locatieverbod.path("voorwaarden").asText()).isEqualTo("Niet binnen 200 meter van de woning.");
    assertThat(locatieverbod.path("ingangsdatum").asText()).isEqualTo(LocalDate.now().toString());
    assertThat(locatieverbod.path("einddatum").asText()).isEqualTo(LocalDate.now().plusMonths(6).toString());
    assertThat(locatieverbod.path("beslissing").asText()).isEqualTo("VOORWAARDELIJK_SEPOT");
    assertThat(locatieverbod.path("status").asText()).isEqualTo("OPGELEGD");
    HttpResponse<String> actief = ApiClient.als(port, "politie").get("/api/maatregelen/actief?zaaknummer=" + zaaknummer);
    assertThat(JSON.readTree(actief.body())).hasSize(2);
    HttpResponse<String> laterVerlopen = ApiClient.als(port, "politie")
        .get("/api/maatregelen/actief?zaaknummer=" + zaaknummer + "&datum=" + LocalDate.now().plusYears(1));
    assertThat(JSON.readTree(laterVerlopen.body())).as("na de einddatum niet meer actief").isEmpty();
    // VT still has a task in the case (overdracht); the OvJ has none left: the engine decides (ZaakInzage)
    assertThat(maatregelen("vt", zaaknummer)).hasSize(2);
    assertThat(ApiClient.als(port, "ovj").get("/api/maatregelen?zaaknummer=" + zaaknummer).statusCode()).isEqualTo(403);

    // the partners' e-mail is put ready in its own instance of zsmEmailVersturen (the case goes on); executing its
    // job mails the functional mailboxes once
    assertThat(zaak).hasPassed("Task_PartnersMailen", "End_PartnersGeinformeerd");
    assertThat(TestMailserver.ontvangen()).isEmpty();
    EmailJobs.verstuur(processEngine, zaaknummer, EmailJobs.PARTNERS);
    assertThat(TestMailserver.ontvangen()).as("één bericht per mailbox").hasSize(4);
    Mailinhoud mail = Mailinhoud.van(TestMailserver.ontvangen().get(0));
    assertThat(mail.aan()).containsExactlyInAnyOrder("zsm@veiligthuis.example.invalid", "zsm@politie.example.invalid",
        "zsm@slachtofferhulp.example.invalid", "zsm@reclassering.example.invalid");
    assertThat(mail.onderwerp()).isEqualTo("ZSM huiselijk geweld: nieuwe afdoeningsbeslissing").doesNotContain(zaaknummer);
    assertThat(mail.tekst()).contains(zaaknummer, "Voorwaardelijk sepot", "Locatieverbod (Dorpsstraat 1, Zwolle): geldt vanaf",
        "Contactverbod: geldt vanaf").doesNotContain("Het strafrecht stopt");
  }

  @Test
  void sepot_deStrafrechtelijkeMaatregelenEindigen_enVeiligThuisHoortDatHetStrafrechtStopt() throws Exception {
    ProcessInstance zaak = stappen.naarAfdoeningsbeslissing();
    String zaaknummer = zaak.getBusinessKey();

    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", metVerboden("SEPOT_01", "Dorpsstraat 1, Zwolle"));

    // a sepot ends the criminal case: a criminal condition is not registered as in force (docs/slachtoffer.md)
    assertThat(maatregelen("politie", zaaknummer)).isEmpty();
    HttpResponse<String> actief = ApiClient.als(port, "politie").get("/api/maatregelen/actief?zaaknummer=" + zaaknummer);
    assertThat(JSON.readTree(actief.body())).isEmpty();
    nl.zsm.hg.notificatie.EmailJobs.verstuurAlle(processEngine, zaak.getBusinessKey(), nl.zsm.hg.notificatie.EmailJobs.PARTNERS);
    Mailinhoud mail = Mailinhoud.van(TestMailserver.ontvangen().get(0));
    assertThat(mail.tekst()).contains(zaaknummer, "Sepot 01", "Het strafrecht stopt", "Veilig Thuis gaat verder zonder strafrecht")
        .doesNotContain("Locatieverbod (Dorpsstraat 1, Zwolle)");
    assertThat(mail.html()).contains("Het strafrecht stopt");
  }

  @Test
  void heenzendenMetGedragsaanwijzingEnContactverbod_directGeregistreerd() throws Exception {
    ProcessInstance zaak = stappen.start(HgZaakStappen.intake(30, false));
    String zaaknummer = zaak.getBusinessKey();
    stappen.voltooi(zaak, "Task_VermoedenBeoordelen", "om", Map.of("vermoedenStrafbaarFeit", true));

    Map<String, Object> heenzenden = new HashMap<>();
    heenzenden.put("vrijheidsbeslissing", "HEENZENDEN");
    heenzenden.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen("GEDRAGSAANWIJZING_509HH", "GEBIEDSVERBOD"));
    assertThatThrownBy(() -> stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", heenzenden))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("waar het geldt");
    assertThat(zaak).isWaitingAt("Task_Vrijheidsbeneming");

    heenzenden.put("maatregelGebied", "Wijk Assendorp, Zwolle");
    stappen.voltooi(zaak, "Task_Vrijheidsbeneming", "om", heenzenden);

    assertThat(zaak).hasPassed("Task_DirecteMaatregelenRegistreren", "End_DirecteMaatregelenGeregistreerd")
        .isWaitingAt("Task_VtKennisnemenVrijheidsbeslissing");
    JsonNode geregistreerd = maatregelen("politie", zaaknummer);
    assertThat(geregistreerd.findValuesAsText("soort")).containsExactlyInAnyOrder("GEDRAGSAANWIJZING_509HH", "GEBIEDSVERBOD");
    assertThat(geregistreerd.findValuesAsText("beslissing")).containsOnly("VRIJHEIDSBENEMING");
    assertThat(geregistreerd.findValuesAsText("gebied")).contains("Wijk Assendorp, Zwolle");
  }

  @Test
  void maatregelenLezenAlleenPolitieOmEnVeiligThuis() {
    assertThat(ApiClient.als(port, "shn").get("/api/maatregelen?zaaknummer=ZSM-2026-000001").statusCode()).isEqualTo(403);
    assertThat(ApiClient.als(port, "reclassering").get("/api/maatregelen/actief").statusCode()).isEqualTo(403);
    HttpResponse<String> anoniem = ApiClient.anoniem(port).get("/api/maatregelen/actief");
    assertThat(anoniem.statusCode()).isEqualTo(401);
    HttpResponse<String> zonderZaak = ApiClient.als(port, "politie").get("/api/maatregelen");
    assertThat(zonderZaak.statusCode()).isEqualTo(400);
    assertThat(zonderZaak.body()).contains("Parameter 'zaaknummer' ontbreekt");
    HttpResponse<String> fouteDatum = ApiClient.als(port, "politie").get("/api/maatregelen/actief?datum=morgen");
    assertThat(fouteDatum.statusCode()).isEqualTo(400);
    assertThat(fouteDatum.body()).contains("geen geldige datum");
  }

  @Test
  void alleActieveMaatregelenZonderZaaknummerAlleenVoorDePolitie() {
    assertThat(ApiClient.als(port, "politie").get("/api/maatregelen/actief").statusCode()).isEqualTo(200);
    for (String gebruiker : java.util.List.of("ovj", "vt")) {
      HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get("/api/maatregelen/actief");
      assertThat(antwoord.statusCode()).as(gebruiker).isEqualTo(403);
      assertThat(antwoord.body()).contains("geef een zaaknummer op");
      // a case in which they have no task: not theirs to read
      assertThat(ApiClient.als(port, gebruiker).get("/api/maatregelen/actief?zaaknummer=ZSM-2026-000001").statusCode())
          .as(gebruiker).isEqualTo(403);
    }
  }

  private JsonNode maatregelen(String gebruiker, String zaaknummer) throws Exception {
    HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get("/api/maatregelen?zaaknummer=" + zaaknummer);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    return JSON.readTree(antwoord.body());
  }

  private static Map<String, Object> metVerboden(String beslissing, String gebied) {
    Map<String, Object> v = new HashMap<>();
    v.put("afdoeningsbeslissing", beslissing);
    v.put("toelichtingAfdoening", "Geen strafbaar feit; VT gaat verder.");
    v.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen("CONTACTVERBOD", "LOCATIEVERBOD"));
    v.put("maatregelVoorwaarden", "Niet binnen 200 meter van de woning.");
    v.put("maatregelGebied", gebied);
    v.put("maatregelEinddatum", LocalDate.now().plusMonths(6).toString());
    return v;
  }
}
