package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.WebappSessie;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access matrix (issue 11): every demo user and an outsider against every family of endpoints - the engine REST
 * API, the webapps' API (engine and Cockpit plugin, with a session login and the XSRF token like the webapps), our own
 * /api and the actuator - reading and writing, on cases with the victim's answers with and without consent
 * ({@link ZakenMetSlachtofferAntwoorden}). A cell is what the user got: {@code nee} (401/403/404 or nothing), {@code ja},
 * and for reads of case data which sensitive data came back. The measured table must equal {@link #VERWACHT}; it is
 * written to docs/toegangsmatrix.md, and the test fails when the committed file differs (regenerate with
 * {@code -Dtoegangsmatrix.schrijven=true}).
 */
@ZsmSpringTest
class ToegangsmatrixTest {

  static final List<String> GEBRUIKERS = List.of("ovj", "politie", "vt", "reclassering", "rvdk", "shn", "supervisor",
      "procesbeheerder", "rechtspraak", "demo", "anoniem");
  private static final Map<String, String> WEBAPP = Map.of("supervisor", "cockpit", "procesbeheerder", "cockpit",
      "demo", "cockpit");
  static final Path DOCUMENT = Path.of("docs/toegangsmatrix.md");

  /** Sensitive data by marker (see ZakenMetSlachtofferAntwoorden). */
  private static final Map<String, List<String>> GEVOELIG = new LinkedHashMap<>();

  static {
    GEVOELIG.put("IB", List.of("IB-start", "IB-bewijs", "IB-met", "IB-zonder"));
    GEVOELIG.put("wensen", List.of("WENS-", "BESCHERMING-"));
    GEVOELIG.put("gedeeld", List.of("GEHEIM-met-", "GEHEIM-bewijs-"));
    GEVOELIG.put("zonder toestemming", List.of("GEHEIM-zonder-"));
  }

  /** Expected cell per row and user, in the order of {@link #GEBRUIKERS}. */
  static final String VERWACHT = """
      """;

  @Autowired ProcessEngine processEngine;
  @LocalServerPort int port;

  record Rij(String id, String familie, String wat, String soort) {}

  private ZakenMetSlachtofferAntwoorden zaken;
  private final Map<Rij, Map<String, String>> gemeten = new LinkedHashMap<>();

  @Test
  void elkeGebruikerZiertEnDoetAlleenWatNodigIs() throws IOException {
    BpmnAwareTests.init(processEngine);
    zaken = new ZakenMetSlachtofferAntwoorden(processEngine).maak();
    for (String gebruiker : GEBRUIKERS) {
      meet(gebruiker);
    }
    String tabel = tabel();
    if (Boolean.getBoolean("toegangsmatrix.schrijven")) {
      Files.writeString(DOCUMENT, document(tabel), StandardCharsets.UTF_8);
    }
    System.out.println(tabel);
    assertThat(tabel).as("gemeten toegangsmatrix").isEqualTo(verwacht());
    assertThat(Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "")
        .as("docs/toegangsmatrix.md is niet actueel; maak het opnieuw met mvn -o -Dskip.lint=true "
            + "-Dtest=ToegangsmatrixTest -Dtoegangsmatrix.schrijven=true test en commit het")
        .isEqualTo(document(tabel));
  }

  private void meet(String gebruiker) {
    ApiClient rest = gebruiker.equals("anoniem") ? ApiClient.anoniem(port) : ApiClient.als(port, gebruiker);
    WebappSessie webapp = gebruiker.equals("anoniem") ? WebappSessie.anoniem(port)
        : WebappSessie.inloggen(port, gebruiker, WEBAPP.getOrDefault(gebruiker, "tasklist"));
    List<Task> taken = zaken.openTaken();
    List<String> instanties = zaken.procesinstanties();
    String instantieLijst = String.join(",", instanties);
    String eindMet = zaken.zaken.get("eindMet").getBusinessKey();

    // engine REST API
    lees(gebruiker, new Rij("E1", "engine-rest", "taken van de zaken (`GET /task?processInstanceBusinessKey=`)", "lezen"),
        zaken.zaken.values().stream().map(z -> rest.get("/engine-rest/task?processInstanceBusinessKey=" + z.getBusinessKey())).toList(), false);
    lees(gebruiker, new Rij("E2", "engine-rest", "taakvariabelen (`GET /task/{id}/variables`, elke open taak)", "lezen"),
        taken.stream().map(t -> rest.get("/engine-rest/task/" + t.getId() + "/variables")).toList(), true);
    lees(gebruiker, new Rij("E3", "engine-rest", "formuliervariabelen (`GET /task/{id}/form-variables`)", "lezen"),
        taken.stream().map(t -> rest.get("/engine-rest/task/" + t.getId() + "/form-variables")).toList(), true);
    lees(gebruiker, new Rij("E4", "engine-rest", "procesvariabelen (`GET /process-instance/{id}/variables`)", "lezen"),
        instanties.stream().map(i -> rest.get("/engine-rest/process-instance/" + i + "/variables")).toList(), true);
    lees(gebruiker, new Rij("E5", "engine-rest", "variabelen (`GET /variable-instance`)", "lezen"),
        List.of(rest.get("/engine-rest/variable-instance?processInstanceIdIn=" + instantieLijst)), true);
    lees(gebruiker, new Rij("E6", "engine-rest", "historie zaken (`GET /history/process-instance`)", "lezen"),
        List.of(rest.get("/engine-rest/history/process-instance?processInstanceIds=" + instantieLijst)), false);
    lees(gebruiker, new Rij("E7", "engine-rest", "historie variabelen (`GET /history/variable-instance`)", "lezen"),
        List.of(rest.get("/engine-rest/history/variable-instance?processInstanceIdIn=" + instantieLijst)), true);
    lees(gebruiker, new Rij("E8", "engine-rest", "historie detail (`GET /history/detail`)", "lezen"),
        instanties.stream().map(i -> rest.get("/engine-rest/history/detail?processInstanceId=" + i)).toList(), true);
    lees(gebruiker, new Rij("E9", "engine-rest", "BPMN-XML (`GET /process-definition/key/{key}/xml`)", "lezen"),
        List.of(rest.get("/engine-rest/process-definition/key/zsmHuiselijkGeweld/xml")), false);
    lees(gebruiker, new Rij("E10", "engine-rest", "metrieken (`GET /metrics/{naam}/sum`)", "lezen"),
        List.of(rest.get("/engine-rest/metrics/activity-instance-start/sum")), false);
    lees(gebruiker, new Rij("E11", "engine-rest", "deployments (`GET /deployment`)", "lezen"),
        List.of(rest.get("/engine-rest/deployment")), false);
    schrijf(gebruiker, new Rij("E12", "engine-rest", "procesvariabele wijzigen (`POST /process-instance/{id}/variables`)", "schrijven"),
        rest.post("/engine-rest/process-instance/" + zaken.zaken.get("start").getId() + "/variables",
            "{\"modifications\":{\"slachtofferTelefoon\":{\"value\":\"GEWIJZIGD\"}}}"));
    ProcessInstance wegwerp = zaken.start("wegwerp-" + gebruiker);
    schrijf(gebruiker, new Rij("E13", "engine-rest", "zaak verwijderen (`DELETE /process-instance/{id}`)", "schrijven"),
        rest.delete("/engine-rest/process-instance/" + wegwerp.getId()));

    // the webapps' API with a session
    lees(gebruiker, new Rij("W1", "webapps", "lijst van engines (`GET /camunda/api/engine/engine/`)", "lezen"),
        List.of(webapp.get("/camunda/api/engine/engine/")), false);
    lees(gebruiker, new Rij("W2", "webapps", "taakvariabelen (`/camunda/api/engine/.../task/{id}/variables`)", "lezen"),
        taken.stream().map(t -> webapp.get("/camunda/api/engine/engine/default/task/" + t.getId() + "/variables")).toList(), true);
    lees(gebruiker, new Rij("W3", "webapps", "historie variabelen (`/camunda/api/engine/.../history/variable-instance`)", "lezen"),
        List.of(webapp.get("/camunda/api/engine/engine/default/history/variable-instance?processInstanceIdIn=" + instantieLijst)), true);
    lees(gebruiker, new Rij("W4", "webapps", "BPMN-XML (`/camunda/api/engine/.../process-definition/key/{key}/xml`)", "lezen"),
        List.of(webapp.get("/camunda/api/engine/engine/default/process-definition/key/zsmHuiselijkGeweld/xml")), false);
    String definitie = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("zsmHuiselijkGeweld").latestVersion().singleResult().getId();
    lees(gebruiker, new Rij("W5", "webapps", "Cockpit: zaken zoeken op een variabele (`POST /camunda/api/cockpit/plugin/base/default/process-instance`)", "lezen"),
        List.of(webapp.post("/camunda/api/cockpit/plugin/base/default/process-instance",
            "{\"processDefinitionId\":\"" + definitie + "\",\"variables\":[{\"name\":\"slachtofferTelefoon\",\"operator\":\"like\",\"value\":\"06%\"}]}")), false);
    lees(gebruiker, new Rij("W6", "webapps", "Cockpit: zaken van een model (`POST /camunda/api/cockpit/plugin/base/default/process-instance`)", "lezen"),
        List.of(webapp.post("/camunda/api/cockpit/plugin/base/default/process-instance",
            "{\"processDefinitionId\":\"" + definitie + "\"}")), false);

    // our own API and the actuator
    lees(gebruiker, new Rij("A1", "/api", "maatregelen van een zaak (`GET /api/maatregelen?zaaknummer=`)", "lezen"),
        List.of(rest.get("/api/maatregelen?zaaknummer=" + eindMet)), false);
    lees(gebruiker, new Rij("A2", "/api", "actieve maatregelen van alle zaken (`GET /api/maatregelen/actief`)", "lezen"),
        List.of(rest.get("/api/maatregelen/actief")), false);
    lees(gebruiker, new Rij("A3", "/api", "termijn rekenen (`GET /api/termijnen/werkdagen`)", "lezen"),
        List.of(rest.get("/api/termijnen/werkdagen?vanaf=2026-04-01&aantal=5")), false);
    HttpResponse<String> health = rest.get("/actuator/health");
    cel(gebruiker, new Rij("H1", "actuator", "status (`GET /actuator/health`)", "lezen"), health.statusCode() == 200 ? "ja" : "nee");
    cel(gebruiker, new Rij("H2", "actuator", "details: database, schijf, engine", "lezen"),
        health.statusCode() == 200 && health.body().contains("\"db\"") ? "ja" : "nee");
  }

  private void lees(String gebruiker, Rij rij, List<HttpResponse<String>> antwoorden, boolean zaakgegevens) {
    boolean gegevens = antwoorden.stream().anyMatch(ToegangsmatrixTest::heeftGegevens);
    if (!gegevens) {
      cel(gebruiker, rij, "nee");
      return;
    }
    if (!zaakgegevens) {
      cel(gebruiker, rij, "ja");
      return;
    }
    Set<String> gezien = new LinkedHashSet<>();
    for (HttpResponse<String> antwoord : antwoorden) {
      if (heeftGegevens(antwoord)) {
        GEVOELIG.forEach((soort, markers) -> {
          if (markers.stream().anyMatch(antwoord.body()::contains)) {
            gezien.add(soort);
          }
        });
      }
    }
    cel(gebruiker, rij, gezien.isEmpty() ? "ja" : "ja: " + String.join(", ", gezien));
  }

  private void schrijf(String gebruiker, Rij rij, HttpResponse<String> antwoord) {
    cel(gebruiker, rij, antwoord.statusCode() / 100 == 2 ? "ja" : "nee");
  }

  private void cel(String gebruiker, Rij rij, String waarde) {
    gemeten.computeIfAbsent(rij, r -> new LinkedHashMap<>()).put(gebruiker, waarde);
  }

  static boolean heeftGegevens(HttpResponse<String> antwoord) {
    String body = antwoord.body() == null ? "" : antwoord.body().trim();
    return antwoord.statusCode() / 100 == 2 && !body.isEmpty() && !body.equals("[]") && !body.equals("{}")
        && !body.matches("\\{\"count\":0}") && !body.matches("\\{\"result\":0}");
  }

  private String tabel() {
    StringBuilder s = new StringBuilder("| | familie | wat | lezen/schrijven | ")
        .append(String.join(" | ", GEBRUIKERS)).append(" |\n|---|---|---|---|")
        .append("---|".repeat(GEBRUIKERS.size())).append('\n');
    gemeten.forEach((rij, cellen) -> s.append("| ").append(rij.id()).append(" | ").append(rij.familie()).append(" | ")
        .append(rij.wat()).append(" | ").append(rij.soort()).append(" | ")
        .append(String.join(" | ", GEBRUIKERS.stream().map(g -> cellen.getOrDefault(g, "?")).toList())).append(" |\n"));
    return s.toString();
  }

  private String verwacht() {
    return VERWACHT;
  }

  static String document(String tabel) {
    return "# Toegangsmatrix\n\n(wordt aangevuld)\n\n" + tabel;
  }
}
