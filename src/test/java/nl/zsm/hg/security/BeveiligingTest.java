package nl.zsm.hg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.TestProcessen;
import nl.zsm.hg.ZsmSpringTest;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every API needs a login, and each organisation sees only its own work. Uses a test-only process
 * with one task per organisation and a test-only decision, so that it proves the authorizations
 * rather than the shape of the product's models.
 */
@ZsmSpringTest
class BeveiligingTest {

  private static final String TEST_PROCES = TestProcessen.TAAK_PER_ORGANISATIE;

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  private ProcessInstance zaak;

  @BeforeEach
  void eenZaakMetEenTaakPerOrganisatie() {
    TestProcessen.deploy(repositoryService);
    zaak = runtimeService.startProcessInstanceByKey(TEST_PROCES);
  }

  @ParameterizedTest(name = "{0} {1} zonder inloggen: 401")
  @CsvSource({
      "GET, /engine-rest/engine",
      "GET, /engine-rest/process-definition",
      "GET, /engine-rest/task",
      "GET, /engine-rest/history/process-instance",
      "GET, /engine-rest/history/variable-instance",
      "GET, /engine-rest/variable-instance",
      "GET, /engine-rest/deployment",
      "GET, /engine-rest/user",
      "POST, /engine-rest/decision-definition/key/testBeslissing/evaluate",
      "POST, /engine-rest/process-definition/key/testTaakPerOrganisatie/start",
      "GET, /api/termijnen/werkdagen?vanaf=2026-11-30&aantal=5",
      "GET, /actuator/health"
  })
  void zonderInloggenGeenGegevens(String method, String path) {
    HttpResponse<String> response = method.equals("GET")
        ? ApiClient.anoniem(port).get(path)
        : ApiClient.anoniem(port).post(path, "{}");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).contains("Inloggen vereist").doesNotContain(TEST_PROCES);
  }

  @Test
  void verkeerdWachtwoordGeeft401() {
    // a user of its own: the engine delays the next login of a user after a wrong password
    if (identityService.createUserQuery().userId("tijdelijk").count() == 0) {
      User user = identityService.newUser("tijdelijk");
      user.setPassword("Juist-wachtwoord-1");
      identityService.saveUser(user);
      identityService.createMembership("tijdelijk", Organisatie.VEILIG_THUIS.groupId());
    }
    assertThat(ApiClient.met(port, "tijdelijk", "Juist-wachtwoord-1").get("/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(ApiClient.met(port, "tijdelijk", "geraden").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0} ziet alleen de taak van {1}")
  @CsvSource({
      "ovj, Taak OM",
      "politie, Taak politie",
      "vt, Taak Veilig Thuis",
      "reclassering, Taak reclassering",
      "rvdk, Taak RvdK",
      "shn, Taak Slachtofferhulp"
  })
  void elkeOrganisatieZietAlleenEigenTaken(String userId, String taakNaam) {
    String body = ApiClient.als(port, userId).get("/engine-rest/task?processInstanceId=" + zaak.getId()).body();
    assertThat(body).contains("\"name\":\"" + taakNaam + "\"");
    assertThat(body.split("\"name\":").length - 1).as("aantal zichtbare taken voor " + userId).isEqualTo(1);
  }

  @Test
  void takenVanEenAndereOrganisatieZijnNietTeLezenOfAfTeronden() {
    Task omTaak = taak("taakOm");
    ApiClient vt = ApiClient.als(port, "vt");

    assertThat(vt.get("/engine-rest/task/" + omTaak.getId() + "/variables").statusCode()).isEqualTo(403);
    assertThat(vt.get("/engine-rest/task/" + omTaak.getId()).statusCode()).isIn(403, 404);
    assertThat(vt.post("/engine-rest/task/" + omTaak.getId() + "/complete", "{}").statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(omTaak.getId()).count()).as("taak bestaat nog").isEqualTo(1);

    assertThat(vt.get("/engine-rest/process-instance/" + zaak.getId() + "/variables").statusCode()).isEqualTo(403);
    assertThat(vt.get("/engine-rest/history/process-instance?processInstanceId=" + zaak.getId()).body()).isEqualTo("[]");
    assertThat(vt.get("/engine-rest/deployment").body()).isEqualTo("[]");
  }

  @Test
  void eigenTaakKanWordenAfgerond() {
    Task vtTaak = taak("taakVt");
    HttpResponse<String> response = ApiClient.als(port, "vt").post("/engine-rest/task/" + vtTaak.getId() + "/complete", "{}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(vtTaak.getId()).count()).isZero();
  }

  @Test
  void alleenPolitieStartEenZaak() {
    String start = "/engine-rest/process-definition/key/zsmHuiselijkGeweld/start";
    for (String userId : List.of("ovj", "vt", "reclassering", "rvdk", "shn", "supervisor", "procesbeheerder", "rechtspraak")) {
      assertThat(ApiClient.als(port, userId).post(start, "{}").statusCode()).as(userId).isEqualTo(403);
    }
    // the police may start a case: an empty intake is refused for its contents (400), not for the right (403)
    HttpResponse<String> politie = ApiClient.als(port, "politie").post(start, "{}");
    assertThat(politie.statusCode()).as(politie.body()).isEqualTo(400);
    assertThat(politie.body()).contains("Vul het veld");
    // only the main process is startable, also a test process is not (StapcontractTest: the called processes)
    assertThat(ApiClient.als(port, "politie").post("/engine-rest/process-definition/key/" + TEST_PROCES + "/start", "{}")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void beslissingenEvaluerenAlleenDeBeoordelaars() {
    String evaluate = "/engine-rest/decision-definition/key/testBeslissing/evaluate";
    String invoer = "{\"variables\":{\"invoer\":{\"value\":true,\"type\":\"Boolean\"}}}";
    HttpResponse<String> shn = ApiClient.als(port, "shn").post(evaluate, invoer);
    assertThat(shn.statusCode()).as("niet gevonden of verboden").isIn(403, 404);
    assertThat(shn.body()).doesNotContain("\"ja\"");
    HttpResponse<String> vt = ApiClient.als(port, "vt").post(evaluate, invoer);
    assertThat(vt.statusCode()).isEqualTo(200);
    assertThat(vt.body()).contains("\"ja\"");
  }

  @Test
  void supervisorLeestAllesEnWijzigtNiets() {
    ApiClient supervisor = ApiClient.als(port, "supervisor");
    String body = supervisor.get("/engine-rest/task?processInstanceId=" + zaak.getId()).body();
    assertThat(body.split("\"name\":").length - 1).isEqualTo(6);
    // deadlines and tasks, but no case variables (enforceSpecificVariablePermission, docs/toegangsmatrix.md)
    assertThat(supervisor.get("/engine-rest/process-instance/" + zaak.getId() + "/variables").statusCode()).isEqualTo(403);

    assertThat(supervisor.post("/engine-rest/task/" + taak("taakOm").getId() + "/complete", "{}").statusCode()).isEqualTo(403);
    assertThat(supervisor.delete("/engine-rest/process-instance/" + zaak.getId()).statusCode()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zaak.getId()).count()).isEqualTo(1);
  }

  @Test
  void procesbeheerDeploytMaarLeestGeenZaken() {
    ApiClient beheer = ApiClient.als(port, "procesbeheerder");
    assertThat(beheer.get("/engine-rest/deployment").body()).isNotEqualTo("[]");
    assertThat(beheer.get("/engine-rest/process-instance/" + zaak.getId() + "/variables").statusCode()).isEqualTo(403);
    assertThat(beheer.get("/engine-rest/task?processInstanceId=" + zaak.getId()).body()).isEqualTo("[]");
    assertThat(beheer.delete("/engine-rest/process-instance/" + zaak.getId()).statusCode()).isEqualTo(403);
  }

  @Test
  void deRechtspraakkoppelingZietGeenZaken() {
    ApiClient rechtspraak = ApiClient.als(port, "rechtspraak");
    // the court's link reads nothing at all (KoppelingRechtspraakTest): not even an empty list
    assertThat(rechtspraak.get("/engine-rest/task?processInstanceId=" + zaak.getId()).statusCode()).isEqualTo(403);
    assertThat(rechtspraak.get("/engine-rest/process-instance/" + zaak.getId() + "/variables").statusCode()).isEqualTo(403);
  }

  @Test
  void gezondheidToontEngineEnDatabaseAlleenAanDeBeheerder() {
    HttpResponse<String> beheerder = ApiClient.als(port, "demo").get("/actuator/health");
    assertThat(beheerder.statusCode()).isEqualTo(200);
    assertThat(beheerder.body()).contains("\"status\":\"UP\"", "\"processEngine\"", "\"db\"");
    for (String gebruiker : java.util.List.of("supervisor", "shn", "rechtspraak")) {
      HttpResponse<String> response = ApiClient.als(port, gebruiker).get("/actuator/health");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).as(gebruiker).contains("\"status\":\"UP\"")
          .doesNotContain("processEngine", "\"db\"", "diskSpace", "lockOwner");
    }
  }

  private Task taak(String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }
}
