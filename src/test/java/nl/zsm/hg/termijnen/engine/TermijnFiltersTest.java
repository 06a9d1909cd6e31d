package nl.zsm.hg.termijnen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.zsm.hg.ApiClient;
import nl.zsm.hg.TestProcessen;
import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each organisation finds its deadline filters in Tasklist, and only its own. */
@ZsmSpringTest
class TermijnFiltersTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void veiligThuisZietEigenTermijnfiltersMetDeJuisteTaken() throws Exception {
    Task verstreken = vtTaakMetTermijn(Duration.ofHours(-1));
    Task binnenUur = vtTaakMetTermijn(Duration.ofMinutes(60));
    Task later = vtTaakMetTermijn(Duration.ofHours(5));
    List<String> mijnTaken = List.of(verstreken.getId(), binnenUur.getId(), later.getId());

    ApiClient vt = ApiClient.als(port, "vt");
    JsonNode filters = json.readTree(vt.get("/engine-rest/filter?resourceType=Task").body());
    assertThat(filters).extracting(f -> f.path("name").asText())
        .containsExactlyInAnyOrder(TermijnFilters.ALLE_TAKEN, TermijnFilters.OP_TERMIJN, TermijnFilters.BINNEN_2_UUR, TermijnFilters.VERSTREKEN);

    assertThat(taken(vt, filters, TermijnFilters.VERSTREKEN, mijnTaken)).containsExactly(verstreken.getId());
    assertThat(taken(vt, filters, TermijnFilters.BINNEN_2_UUR, mijnTaken)).containsExactly(binnenUur.getId());
    assertThat(taken(vt, filters, TermijnFilters.OP_TERMIJN, mijnTaken))
        .as("op volgorde van termijn").containsExactly(verstreken.getId(), binnenUur.getId(), later.getId());

    ApiClient politie = ApiClient.als(port, "politie");
    JsonNode politieFilters = json.readTree(politie.get("/engine-rest/filter?resourceType=Task").body());
    assertThat(politieFilters).hasSize(4);
    assertThat(taken(politie, politieFilters, TermijnFilters.ALLE_TAKEN, mijnTaken)).isEmpty();
    assertThat(taken(vt, filters, TermijnFilters.ALLE_TAKEN, mijnTaken)).hasSize(3);
    assertThat(taken(politie, politieFilters, TermijnFilters.VERSTREKEN, mijnTaken)).isEmpty();
  }

  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
  @Autowired TermijnFilters termijnFilters;

  @Test
  void elkFilterToontDeZaakEnEenFilterVanEenEerdereReleaseWordtBijgewerkt() {
    org.camunda.bpm.engine.FilterService filters = processEngine.getFilterService();
    org.camunda.bpm.engine.filter.Filter vtAlle = filters.createFilterQuery().filterName(TermijnFilters.ALLE_TAKEN).list().stream()
        .filter(f -> "veilig-thuis".equals(f.getProperties().get(TermijnFilters.ORGANISATIE_PROPERTY))).findFirst().orElseThrow();
    // as an earlier release left it: only the zaaknummer as column
    java.util.Map<String, Object> oud = new java.util.HashMap<>(vtAlle.getProperties());
    oud.put("variables", List.of(java.util.Map.of("name", "zaaknummer", "label", "Zaaknummer")));
    filters.saveFilter(vtAlle.setProperties(oud));

    termijnFilters.postProcessEngineBuild(processEngine);

    List<org.camunda.bpm.engine.filter.Filter> nu = filters.createFilterQuery().filterName(TermijnFilters.ALLE_TAKEN).list().stream()
        .filter(f -> "veilig-thuis".equals(f.getProperties().get(TermijnFilters.ORGANISATIE_PROPERTY))).toList();
    assertThat(nu).as("bijgewerkt, niet verdubbeld").hasSize(1);
    assertThat(nu.get(0).getId()).isEqualTo(vtAlle.getId());
    assertThat(((List<?>) nu.get(0).getProperties().get("variables")).stream().map(v -> String.valueOf(((java.util.Map<?, ?>) v).get("name"))).toList())
        .containsExactly("takenlijstZaaknummer", "termijnTot", "zaakSoort", "zaakLabel");
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).resourceId(vtAlle.getId()).count()).isEqualTo(1);
  }

  @Test
  void eenFilterDatEenAndereNaamKreegWordtHernoemdNietVerdubbeld() {
    org.camunda.bpm.engine.FilterService filters = processEngine.getFilterService();
    org.camunda.bpm.engine.filter.Filter vtVerstreken = vtFilter(TermijnFilters.VERSTREKEN);
    // as a release with another name for this filter left it
    filters.saveFilter(vtVerstreken.setName("Over de termijn"));

    termijnFilters.postProcessEngineBuild(processEngine);

    assertThat(filters.getFilter(vtVerstreken.getId()).getName()).isEqualTo(TermijnFilters.VERSTREKEN);
    assertThat(filters.createFilterQuery().filterName("Over de termijn").count()).isZero();
    assertThat(filters.createFilterQuery().filterName(TermijnFilters.VERSTREKEN).list().stream()
        .filter(f -> "veilig-thuis".equals(f.getProperties().get(TermijnFilters.ORGANISATIE_PROPERTY)))).hasSize(1);
  }

  @Test
  void eenFilterVanVoorDeSleutelKrijgtZijnSleutel() {
    org.camunda.bpm.engine.FilterService filters = processEngine.getFilterService();
    org.camunda.bpm.engine.filter.Filter vtOpTermijn = vtFilter(TermijnFilters.OP_TERMIJN);
    java.util.Map<String, Object> oud = new java.util.HashMap<>(vtOpTermijn.getProperties());
    oud.remove(TermijnFilters.SLEUTEL_PROPERTY);
    filters.saveFilter(vtOpTermijn.setProperties(oud));

    termijnFilters.postProcessEngineBuild(processEngine);

    assertThat(filters.getFilter(vtOpTermijn.getId()).getProperties())
        .containsEntry(TermijnFilters.SLEUTEL_PROPERTY, "op-termijn");
    assertThat(filters.createFilterQuery().filterName(TermijnFilters.OP_TERMIJN).list().stream()
        .filter(f -> "veilig-thuis".equals(f.getProperties().get(TermijnFilters.ORGANISATIE_PROPERTY)))).hasSize(1);
  }

  private org.camunda.bpm.engine.filter.Filter vtFilter(String naam) {
    return processEngine.getFilterService().createFilterQuery().filterName(naam).list().stream()
        .filter(f -> "veilig-thuis".equals(f.getProperties().get(TermijnFilters.ORGANISATIE_PROPERTY)))
        .findFirst().orElseThrow();
  }

  private List<String> taken(ApiClient client, JsonNode filters, String naam, List<String> alleen) throws Exception {
    String id = null;
    for (JsonNode filter : filters) {
      if (naam.equals(filter.path("name").asText())) {
        id = filter.path("id").asText();
      }
    }
    assertThat(id).as("filter " + naam).isNotNull();
    List<String> result = new ArrayList<>();
    for (JsonNode task : json.readTree(client.get("/engine-rest/filter/" + id + "/list").body())) {
      if (alleen.contains(task.path("id").asText())) {
        result.add(task.path("id").asText());
      }
    }
    return result;
  }

  private Task vtTaakMetTermijn(Duration vanafNu) {
    TestProcessen.deploy(repositoryService);
    String zaak = runtimeService.startProcessInstanceByKey(TestProcessen.TAAK_PER_ORGANISATIE).getId();
    Task task = taskService.createTaskQuery().processInstanceId(zaak).taskDefinitionKey("taakVt").singleResult();
    task.setDueDate(Date.from(Instant.now().plus(vanafNu)));
    taskService.saveTask(task);
    return task;
  }
}
