package nl.zsm.hg.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.termijnen.domain.BewakingsInstellingen;
import nl.zsm.hg.termijnen.domain.TermijnbewakingExpressies;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The warning offsets are settings procesbeheer changes without a release, BPMN reads them through the
 * bean {@code termijnbewaking}, and the supervisor finds its tasks in Tasklist filters.
 */
@ZsmSpringTest
class TermijnbewakingConfiguratieTest {

  @LocalServerPort int port;
  @Autowired TermijnbewakingExpressies termijnbewaking;
  @Autowired RuntimeService runtimeService;

  private static Date t(String iso) {
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }

  @Test
  void deStandaardWaarschuwingIsTweeEenHalfUurEnTwaalfUurVoorHetEinde() {
    assertThat(termijnbewaking.waarschuwingOphouden(t("2026-11-25T20:00+01:00"))).isEqualTo(t("2026-11-25T17:30+01:00"));
    assertThat(termijnbewaking.waarschuwingInverzekeringstelling(t("2026-11-28T20:30+01:00"))).isEqualTo(t("2026-11-28T08:30+01:00"));
    assertThat(termijnbewaking.waarschuwingVeiligheidsbeoordeling(t("2026-12-02T23:59:59+01:00"), false))
        .isEqualTo(t("2026-12-02T09:00+01:00"));
    assertThat(termijnbewaking.waarschuwingVeiligheidsbeoordeling(t("2026-11-25T20:00+01:00"), null))
        .as("onbekend vast telt als vast").isEqualTo(t("2026-11-25T17:30+01:00"));
    assertThat(termijnbewaking.tijdstip(t("2026-11-25T20:00+01:00"))).isEqualTo("20:00 op 25-11-2026");
  }

  @Test
  void deWaarschuwingIsInTeStellen() {
    BewakingsInstellingen instellingen = new Binder(new MapConfigurationPropertySource(Map.of(
        "zsm.termijnen.waarschuwing-voor-ophouden", "PT1H",
        "zsm.termijnen.waarschuwing-voor-inverzekeringstelling", "P1D")))
        .bindOrCreate("zsm.termijnen", BewakingsInstellingen.class);
    assertThat(instellingen.waarschuwingVoorOphouden()).isEqualTo(Duration.ofHours(1));
    assertThat(instellingen.waarschuwingVoorInverzekeringstelling()).isEqualTo(Duration.ofDays(1));

    BewakingsInstellingen standaard = new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("zsm.termijnen", BewakingsInstellingen.class);
    assertThat(standaard.waarschuwingVoorOphouden()).isEqualTo(Duration.parse("PT2H30M"));
    assertThat(standaard.waarschuwingVoorInverzekeringstelling()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void deSupervisorHeeftTermijnfiltersInTasklist() throws Exception {
    JsonNode filters = new ObjectMapper().readTree(
        ApiClient.als(port, "supervisor").get("/engine-rest/filter?resourceType=Task").body());
    assertThat(filters).extracting(f -> f.path("name").asText()).containsExactlyInAnyOrder(
        "Mijn organisatie - alle taken", "Mijn organisatie - op termijn", "Termijn verloopt binnen 2 uur", "Termijn verstreken");
    assertThat(filters).allSatisfy(f -> assertThat(f.path("query").path("candidateGroup").asText()).isEqualTo("zsm-supervisor"));
  }

  @Test
  void eenTermijnDieNietTeBerekenenIsGeeft400EnGeenZaak() throws Exception {
    String intake = "{\"variables\":{\"vast\":{\"value\":true},\"heterdaad\":{\"value\":true},"
        + "\"tijdstipAanhouding\":{\"value\":\"2026-11-25T11:00:00+01:00\"},\"nachtverhoren\":{\"value\":\"vannacht\"},"
        + "\"leeftijdVerdachte\":{\"value\":29},\"labelHuiselijkGeweld\":{\"value\":true},\"regio\":{\"value\":\"midden-nederland\"},"
        + "\"kinderenInGezin\":{\"value\":false},\"vtMeldingGedaan\":{\"value\":true},"
        + "\"slachtofferNaam\":{\"value\":\"C. Bakker\"},\"slachtofferTelefoon\":{\"value\":\"+31612345678\"},"
        + "\"slachtofferToestemmingContact\":{\"value\":true},\"individueleBeoordeling\":{\"value\":\"IB\"}}}";
    long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count();
    HttpResponse<String> antwoord = ApiClient.als(port, "politie")
        .post("/engine-rest/process-definition/key/zsmHuiselijkGeweld/start", intake);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    assertThat(antwoord.body()).contains("Termijnen niet te berekenen").contains("Nachtverhoor");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("zsmHuiselijkGeweld").count()).isEqualTo(voor);
  }
}
