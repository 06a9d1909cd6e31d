package nl.zsm.hg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.WebappSessie;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.hoofdproces.HgZaakStappen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Exposure (issue 11, item 7): what is shown to whom beyond the cases themselves. */
@ZsmSpringTest
class BlootstellingTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

  @Test
  void gezondheidsdetailsAlleenVoorDeBeheerder() {
    for (String gebruiker : List.of("shn", "rechtspraak", "ovj", "supervisor")) {
      assertThat(ApiClient.als(port, gebruiker).get("/actuator/health").body()).as(gebruiker)
          .contains("\"status\":\"UP\"").doesNotContain("\"db\"", "diskSpace", "lockOwner", "processEngine");
    }
    assertThat(ApiClient.als(port, "demo").get("/actuator/health").body()).contains("\"db\"");
  }

  @Test
  void modellenEnMetriekenAlleenVoorProcesbeheerSupervisorEnBeheerder() {
    for (String pad : List.of("/engine-rest/process-definition/key/zsmHuiselijkGeweld/xml",
        "/engine-rest/decision-definition/key/Afdoeningsroute/xml", "/engine-rest/metrics/activity-instance-start/sum")) {
      for (String gebruiker : List.of("ovj", "politie", "vt", "reclassering", "rvdk", "shn", "rechtspraak")) {
        HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get(pad);
        assertThat(antwoord.statusCode()).as(gebruiker + " " + pad).isEqualTo(403);
        assertThat(antwoord.body()).contains("Geen toegang");
      }
      for (String gebruiker : List.of("procesbeheerder", "supervisor", "demo")) {
        assertThat(ApiClient.als(port, gebruiker).get(pad).statusCode()).as(gebruiker + " " + pad).isEqualTo(200);
      }
    }
    WebappSessie vt = WebappSessie.inloggen(port, "vt", "tasklist");
    assertThat(vt.get("/camunda/api/engine/engine/default/process-definition/key/zsmHuiselijkGeweld/xml").statusCode())
        .isEqualTo(403);
  }

  @Test
  void deLijstVanEnginesAlleenNaInloggen() {
    HttpResponse<String> anoniem = WebappSessie.anoniem(port).get("/camunda/api/engine/engine/");
    assertThat(anoniem.statusCode()).isEqualTo(401);
    assertThat(anoniem.body()).contains("Inloggen vereist").doesNotContain("\"name\"");
    HttpResponse<String> ingelogd = WebappSessie.inloggen(port, "shn", "tasklist").get("/camunda/api/engine/engine/");
    assertThat(ingelogd.statusCode()).isEqualTo(200);
    assertThat(ingelogd.body()).contains("\"name\":\"default\"");
  }

  /**
   * What the webapps' login (script inloggen-zonder-enginelijst.js) relies on now that the list of engines is closed:
   * in a session without a CSRF token (first visit, after logout or time-out) the open login-state request hands out
   * the token, the password can then be sent, and after the login the list of engines is readable.
   */
  @Test
  void eenNieuweSessieKrijgtHaarTokenVanDeInlogstatusEnLogtInZonderDeLijstVanEngines() throws Exception {
    java.net.CookieManager koekjes = new java.net.CookieManager();
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(koekjes).build();
    String basis = "http://127.0.0.1:" + port;
    HttpResponse<String> status = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(basis + "/camunda/api/admin/auth/user/default")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(status.body()).doesNotContain("\"name\"");
    String token = koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    assertThat(token).as("CSRF-token van de inlogstatus").isNotBlank();
    HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(basis + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=vt&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    HttpResponse<String> engines = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(basis + "/camunda/api/engine/engine/")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(engines.statusCode()).isEqualTo(200);
  }

  @Test
  void beveiligingsheadersOpDeApis() {
    for (HttpResponse<String> antwoord : List.of(
        ApiClient.als(port, "vt").get("/api/termijnen/werkdagen?vanaf=2026-04-01&aantal=5"),
        ApiClient.als(port, "vt").get("/engine-rest/task"),
        ApiClient.anoniem(port).get("/api/maatregelen/actief"),
        ApiClient.als(port, "demo").get("/actuator/health"))) {
      assertThat(antwoord.headers().firstValue("Cache-Control")).as(antwoord.uri().toString()).hasValue("no-store");
      assertThat(antwoord.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(antwoord.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(antwoord.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'none'");
      assertThat(antwoord.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void maatregelenAlleenVanEenZaakDieDeEngineJeLaatZien() {
    ProcessInstance zaak = runtimeService.startProcessInstanceByKey("zsmHuiselijkGeweld", HgZaakStappen.intake(30, false));
    String zaaknummer = zaak.getBusinessKey();
    // the OvJ and VT have a task in this case, so they may read its measures
    assertThat(ApiClient.als(port, "ovj").get("/api/maatregelen?zaaknummer=" + zaaknummer).statusCode()).isEqualTo(200);
    assertThat(ApiClient.als(port, "vt").get("/api/maatregelen?zaaknummer=" + zaaknummer).statusCode()).isEqualTo(200);
    // a case they have no task in: refused, by case number or in the list of active measures
    for (String gebruiker : List.of("ovj", "vt")) {
      HttpResponse<String> antwoord = ApiClient.als(port, gebruiker).get("/api/maatregelen?zaaknummer=ZSM-2026-999999");
      assertThat(antwoord.statusCode()).as(gebruiker).isEqualTo(403);
      assertThat(antwoord.body()).contains("Geen toegang tot de maatregelen van deze zaak");
      assertThat(ApiClient.als(port, gebruiker).get("/api/maatregelen/actief?zaaknummer=ZSM-2026-999999").statusCode())
          .isEqualTo(403);
    }
    // the police keeps the overview for enforcement
    assertThat(ApiClient.als(port, "politie").get("/api/maatregelen?zaaknummer=ZSM-2026-999999").statusCode()).isEqualTo(200);
    assertThat(ApiClient.als(port, "politie").get("/api/maatregelen/actief").statusCode()).isEqualTo(200);
  }

  @Test
  void zoekenOpDeWaardeVanEenVariabeleAlleenInEigenTakenOfAlsBeheerder() {
    runtimeService.startProcessInstanceByKey("zsmHuiselijkGeweld", HgZaakStappen.intake(30, false));
    ApiClient supervisor = ApiClient.als(port, "supervisor");
    for (HttpResponse<String> antwoord : List.of(
        supervisor.get("/engine-rest/process-instance?variables=slachtofferTelefoon_like_06%25"),
        supervisor.post("/engine-rest/process-instance", "{\"variables\":[{\"name\":\"slachtofferTelefoon\",\"operator\":\"like\",\"value\":\"06%\"}]}"),
        supervisor.get("/engine-rest/history/process-instance?variables=slachtofferTelefoon_like_06%25"),
        supervisor.get("/engine-rest/task?processVariables=slachtofferTelefoon_like_06%25"))) {
      assertThat(antwoord.statusCode()).as(antwoord.uri() + " " + antwoord.body()).isEqualTo(403);
    }
    // an organisation filters its own tasks; the administrator searches everything
    assertThat(ApiClient.als(port, "ovj").get("/engine-rest/task?processVariables=slachtofferTelefoon_like_06%25").statusCode())
        .isEqualTo(200);
    assertThat(ApiClient.als(port, "demo").get("/engine-rest/process-instance?variables=slachtofferTelefoon_like_06%25").body())
        .contains("zsmHuiselijkGeweld");
    // Cockpit's own search, as the supervisor in Cockpit
    WebappSessie cockpit = WebappSessie.inloggen(port, "supervisor", "cockpit");
    String definitie = repositoryService.createProcessDefinitionQuery().processDefinitionKey("zsmHuiselijkGeweld")
        .latestVersion().singleResult().getId();
    HttpResponse<String> zonderVoorwaarde = cockpit.post("/camunda/api/cockpit/plugin/base/default/process-instance",
        "{\"processDefinitionId\":\"" + definitie + "\"}");
    assertThat(zonderVoorwaarde.statusCode()).as(zonderVoorwaarde.body()).isEqualTo(200);
    assertThat(cockpit.post("/camunda/api/cockpit/plugin/base/default/process-instance",
        "{\"processDefinitionId\":\"" + definitie + "\",\"variables\":[{\"name\":\"slachtofferTelefoon\",\"operator\":\"like\",\"value\":\"06%\"}]}").statusCode()).isEqualTo(403);
  }
}
