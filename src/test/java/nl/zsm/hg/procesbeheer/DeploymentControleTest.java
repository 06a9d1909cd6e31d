package nl.zsm.hg.procesbeheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Process owners deploy models, but not code: a model that could run more than the product's delegates or
 * change who may do what is refused with a 400 naming the element, and nothing is deployed. Accepted
 * deployments are recorded.
 */
@ZsmSpringTest
class DeploymentControleTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  /** The attack of issue 11: a timer-started service task that makes the process owner an administrator. */
  @Test
  void eenModelDatDeProceseigenaarBeheerderMaaktWordtGeweigerd() {
    String model = proces("aanval", """
        <bpmn:startEvent id="Start"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:serviceTask id="Task_Lidmaatschap" name="Onschuldige taak"
            camunda:expression="${identityService.createMembership('procesbeheerder','camunda-admin')}"/>
        <bpmn:endEvent id="Einde"/>
        <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Lidmaatschap"/>
        <bpmn:sequenceFlow id="f2" sourceRef="Task_Lidmaatschap" targetRef="Einde"/>
        """);

    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", "aanval", Map.of("aanval.bpmn", model));

    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("Deployment geweigerd", "Task_Lidmaatschap", "identityService");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("aanval").count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("aanval").count()).isZero();
    assertThat(identityService.createGroupQuery().groupMember("procesbeheerder").groupId("camunda-admin").count()).isZero();
    assertThat(ApiClient.als(port, "procesbeheerder").get("/api/procesbeheer/deployments").body()).doesNotContain("\"aanval\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      scripttaak | <bpmn:scriptTask id="Element_X" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(0)</bpmn:script></bpmn:scriptTask>
      klasse | <bpmn:serviceTask id="Element_X" camunda:class="org.example.Kwaadaardig"/>
      engine via execution | <bpmn:serviceTask id="Element_X" camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('procesbeheerder','camunda-admin')}"/>
      runtimeService | <bpmn:serviceTask id="Element_X" camunda:expression="${runtimeService.deleteProcessInstance('x', 'weg')}"/>
      methode op variabele | <bpmn:serviceTask id="Element_X" camunda:expression="${zaak.getClass().forName('java.lang.Runtime')}"/>
      scriptlistener | <bpmn:task id="Element_X"><bpmn:extensionElements><camunda:executionListener event="start"><camunda:script scriptFormat="groovy">println 1</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:task>
      uitvoermapping | <bpmn:task id="Element_X"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="x">${processEngine.identityService}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>
      kandidaatgroep procesbeheer | <bpmn:userTask id="Element_X" camunda:candidateGroups="om,procesbeheer"/>
      kandidaatgebruiker | <bpmn:userTask id="Element_X" camunda:candidateUsers="procesbeheerder"/>
      toegewezen | <bpmn:userTask id="Element_X" camunda:assignee="procesbeheerder"/>
      connector | <bpmn:serviceTask id="Element_X"><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>
      """)
  void codeOfRechtenInEenModelWordenGeweigerd(String soort, String element) {
    String sleutel = "geweigerd" + Math.abs(soort.hashCode());
    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", sleutel,
        Map.of(sleutel + ".bpmn", proces(sleutel, "<bpmn:startEvent id=\"Start\"/>" + element)));

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    assertThat(antwoord.body()).contains("Deployment geweigerd", "Element_X");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(sleutel).count()).isZero();
  }

  @Test
  void eenStartgroepWordtGeweigerd() {
    String model = proces("starters", "<bpmn:startEvent id=\"Start\"/>")
        .replace("isExecutable=\"true\"", "isExecutable=\"true\" camunda:candidateStarterGroups=\"procesbeheer\"");
    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", "starters", Map.of("starters.bpmn", model));
    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("candidateStarterGroups");
  }

  @Test
  void eenTaakVanEenProductmodelNaarEenAndereOrganisatieWordtGeweigerd() throws Exception {
    String origineel = Files.readString(Path.of("processes/na-zsm.bpmn"), StandardCharsets.UTF_8);
    String verlegd = origineel.replaceFirst("(id=\"Task_ActueleSituatie\"[^>]*camunda:candidateGroups=\")veilig-thuis\"",
        "$1slachtofferhulp\"");
    assertThat(verlegd).isNotEqualTo(origineel);

    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", "na-zsm-verlegd",
        Map.of("processes/na-zsm.bpmn", verlegd));

    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("Task_ActueleSituatie", "[veilig-thuis]", "[slachtofferhulp]", "wie wat mag");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("na-zsm-verlegd").count()).isZero();
  }

  @Test
  void eenNieuweOrganisatieInEenProcesAlleenDoorDeBeheerder() {
    String v1 = proces("rechten", "<bpmn:startEvent id=\"Start\"/><bpmn:userTask id=\"Taak_Om\" camunda:candidateGroups=\"om\"/>");
    assertThat(Multipart.deploy(port, "procesbeheerder", "rechten-v1", Map.of("rechten.bpmn", v1)).statusCode()).isEqualTo(200);
    String v2 = v1.replace("</bpmn:process>", "<bpmn:userTask id=\"Taak_Politie\" camunda:candidateGroups=\"politie\"/></bpmn:process>");

    HttpResponse<String> beheer = Multipart.deploy(port, "procesbeheerder", "rechten-v2", Map.of("rechten.bpmn", v2));
    assertThat(beheer.statusCode()).isEqualTo(400);
    assertThat(beheer.body()).contains("Taak_Politie", "[politie]");

    assertThat(Multipart.deploy(port, "demo", "rechten-v2", Map.of("rechten.bpmn", v2)).statusCode()).isEqualTo(200);
  }

  @Test
  void eenLangereBewaartermijnDanDieVanHetProductWordtGeweigerd() {
    String model = proces("eeuwig", "<bpmn:startEvent id=\"Start\"/>").replace("P180D", "P36500D");
    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", "eeuwig", Map.of("eeuwig.bpmn", model));
    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("historyTimeToLive P36500D is langer dan de bewaartermijn van 180 dagen");
  }

  @Test
  void eenBeslissingInJuelWordtGeweigerd() {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://zsm.nl/test">
          <decision id="Beslissing_Juel" name="JUEL">
            <decisionTable id="Tabel">
              <input id="Invoer"><inputExpression id="Expr" typeRef="string" expressionLanguage="juel"><text>${identityService.createMembership('procesbeheerder','camunda-admin')}</text></inputExpression></input>
              <output id="Uitvoer" name="uit" typeRef="string"/>
            </decisionTable>
          </decision>
        </definitions>
        """;
    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", "juel", Map.of("juel.dmn", dmn));
    assertThat(antwoord.statusCode()).isEqualTo(400);
    assertThat(antwoord.body()).contains("Deployment geweigerd", "Expr", "FEEL");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("juel").count()).isZero();
  }

  @Test
  void eenOnschuldigeWijzigingVanEenProductmodelWordtAanvaardEnVastgelegd() throws Exception {
    String origineel = Files.readString(Path.of("processes/na-zsm.bpmn"), StandardCharsets.UTF_8);
    String gewijzigd = origineel.replaceFirst("<bpmn:documentation>", "<bpmn:documentation>Gewijzigd door procesbeheer in een test. ");
    assertThat(gewijzigd).isNotEqualTo(origineel);
    String bestand = "processes/na-zsm.bpmn";

    HttpResponse<String> antwoord = Multipart.deploy(port, "procesbeheerder", "na-zsm-wijziging", Map.of(bestand, gewijzigd));

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    String register = ApiClient.als(port, "procesbeheerder").get("/api/procesbeheer/deployments").body();
    assertThat(register).contains("\"naam\":\"na-zsm-wijziging\"", "\"gebruiker\":\"procesbeheerder\"",
        "\"gewijzigd\":[\"" + bestand + "\"]", "\"wijziging\":\"GEWIJZIGD\"");
    assertThat(ApiClient.als(port, "demo").get("/api/procesbeheer/deployments").statusCode()).isEqualTo(200);
  }

  @Test
  void deProductmodellenZijnBijDeStartVastgelegd() {
    String register = ApiClient.als(port, "procesbeheerder").get("/api/procesbeheer/deployments?aantal=500").body();
    assertThat(register).contains("zsm-huiselijk-geweld.bpmn", "veiligheidsbeoordeling.dmn", "systeem (start van de applicatie)");
  }

  @Test
  void deRegistratieIsNietVoorIedereen() {
    HttpResponse<String> vt = ApiClient.als(port, "vt").get("/api/procesbeheer/deployments");
    assertThat(vt.statusCode()).isEqualTo(403);
    assertThat(vt.body()).contains("Alleen procesbeheer").doesNotContain("sha256");
  }

  private static String proces(String id, String inhoud) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://zsm.nl/test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P180D">
        %2$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, inhoud);
  }
}
