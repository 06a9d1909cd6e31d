package nl.zsm.hg.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.TestProcessen;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The privacy officer sees who opened a case's task variables and when; nobody else reads or changes the log. */
@ZsmSpringTest
class ToegangslogTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Toegangslog toegangslog;

  private String zaaknummer;
  private ProcessInstance zaak;

  @BeforeEach
  void eenZaak() {
    TestProcessen.deploy(repositoryService);
    zaaknummer = "ZSM-2026-" + (700000 + ThreadLocalRandom.current().nextInt(99999));
    zaak = runtimeService.startProcessInstanceByKey(TestProcessen.TAAK_PER_ORGANISATIE, zaaknummer);
  }

  @Test
  void hetOpenenVanTaakvariabelenStaatInHetToegangslog() {
    Instant voor = Instant.now().minusSeconds(1);
    Task vtTaak = taak("taakVt");

    assertThat(ApiClient.als(port, "vt").get("/engine-rest/task/" + vtTaak.getId() + "/variables").statusCode()).isEqualTo(200);

    HttpResponse<String> log = ApiClient.als(port, "privacy").get("/api/toegangslog?zaaknummer=" + zaaknummer);
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body()).contains("\"gebruiker\":\"vt\"", "\"zaaknummer\":\"" + zaaknummer + "\"",
        "\"padfamilie\":\"/engine-rest/task/{id}/variables\"", "\"methode\":\"GET\"", "\"taakId\":\"" + vtTaak.getId() + "\"");
    Instant tijdstip = jdbc.queryForObject("SELECT MAX(tijdstip) FROM toegangslog WHERE gebruiker = 'vt' AND zaaknummer = ?",
        java.sql.Timestamp.class, zaaknummer).toInstant();
    assertThat(tijdstip).isAfter(voor).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void ookEenGeweigerdePogingEnEenZoekvraagMetEenWaardeStaanErinZonderDieWaarde() {
    ApiClient vt = ApiClient.als(port, "vt");
    assertThat(vt.get("/engine-rest/task/" + taak("taakOm").getId() + "/variables").statusCode()).isEqualTo(403);
    vt.get("/engine-rest/variable-instance?processInstanceIdIn=" + zaak.getId() + "&variableValues=slachtofferTelefoon_eq_0612345678");

    String log = ApiClient.als(port, "demo").get("/api/toegangslog?zaaknummer=" + zaaknummer).body();
    assertThat(log).contains("\"status\":403", "\"padfamilie\":\"/engine-rest/variable-instance\"").doesNotContain("0612345678");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE padfamilie LIKE '%0612345678%'", Integer.class)).isZero();
  }

  @Test
  void alleenPrivacyEnDeBeheerderLezenHetLogEnNiemandWijzigtHet() {
    ApiClient.als(port, "vt").get("/engine-rest/task/" + taak("taakVt").getId() + "/variables");
    for (String gebruiker : new String[] {"vt", "ovj", "supervisor", "procesbeheerder"}) {
      HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get("/api/toegangslog?zaaknummer=" + zaaknummer);
      assertThat(antwoord.statusCode()).as(gebruiker).isEqualTo(403);
      assertThat(antwoord.body()).doesNotContain(zaaknummer);
    }
    int aantal = aantal();
    assertThat(ApiClient.als(port, "privacy").delete("/api/toegangslog?zaaknummer=" + zaaknummer).statusCode()).isIn(403, 405);
    assertThat(ApiClient.als(port, "demo").delete("/api/toegangslog?zaaknummer=" + zaaknummer).statusCode()).isIn(403, 405);
    assertThat(ApiClient.als(port, "demo").post("/api/toegangslog", "{\"gebruiker\":\"niemand\"}").statusCode()).isIn(403, 405);
    assertThat(aantal()).isGreaterThanOrEqualTo(aantal);
    assertThat(ApiClient.anoniem(port).get("/api/toegangslog?zaaknummer=" + zaaknummer).statusCode()).isEqualTo(401);
  }

  @Test
  void ookTasklistStaatInHetToegangslog() throws Exception {
    Task vtTaak = taak("taakVt");
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://127.0.0.1:" + port + "/camunda";
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/app/tasklist/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=vt&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> formulier = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            base + "/api/engine/engine/default/task/" + vtTaak.getId() + "/form-variables"))
        .header("X-XSRF-TOKEN", csrf).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(formulier.statusCode()).as(formulier.body()).isEqualTo(200);

    assertThat(ApiClient.als(port, "privacy").get("/api/toegangslog?zaaknummer=" + zaaknummer).body())
        .contains("\"gebruiker\":\"vt\"", "\"padfamilie\":\"/camunda/api/engine/engine/default/task/{id}/form-variables\"");
  }

  /**
   * Issue 15: the case is traced behind the request, by the log's writer, for every kind of id a request can name:
   * a task, an execution, a variable and a process instance; a reader sees them all traced.
   */
  @Test
  void deSchrijverHerleidtTaakExecutieVariabeleEnProcesNaarDeZaak() {
    runtimeService.setVariable(zaak.getId(), "toegangslogProef", "x");
    String variabele = runtimeService.createVariableInstanceQuery().processInstanceIdIn(zaak.getId())
        .variableName("toegangslogProef").singleResult().getId();
    String executie = runtimeService.createExecutionQuery().processInstanceId(zaak.getId()).list().stream()
        .filter(e -> !e.getId().equals(zaak.getId())).findFirst().orElseThrow().getId();
    ApiClient beheerder = ApiClient.als(port, "demo");
    beheerder.get("/engine-rest/task/" + taak("taakVt").getId());
    beheerder.get("/engine-rest/execution/" + executie);
    beheerder.get("/engine-rest/variable-instance/" + variabele);
    beheerder.get("/engine-rest/process-instance/" + zaak.getId());

    String log = ApiClient.als(port, "privacy").get("/api/toegangslog?gebruiker=demo").body();
    for (String familie : new String[] {"/engine-rest/task/{id}", "/engine-rest/execution/{id}",
        "/engine-rest/variable-instance/{id}", "/engine-rest/process-instance/{id}"}) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE gebruiker = 'demo' AND padfamilie = ? "
          + "AND zaaknummer = ? AND proces_instantie_id = ?", Integer.class, familie, zaaknummer, zaak.getId()))
          .as(familie + " in " + log).isPositive();
    }
  }

  private int aantal() {
    toegangslog.schrijfWachtrij();
    return jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE zaaknummer = ? AND gebruiker = 'vt'", Integer.class, zaaknummer);
  }

  private Task taak(String key) {
    return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(key).singleResult();
  }
}
