package nl.zsm.hg.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process-level test (tag {@code proces}): an acknowledged decision survives a SIGKILL on the default H2 file
 * database. The application runs as a separate process; the OvJ's decision on deprivation of liberty is
 * answered 204, the process is killed at once (no shutdown, no database close), restarted on the same database,
 * and the decision, the task that follows and the deadline timers of the inverzekeringstelling are there.
 */
@Tag("proces")
class BeslissingOverleeftKill9ProcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path werkmap;

  @Test
  void beslissingMetVervolgjobsBlijftNaKill9() throws Exception {
    String zaakId;
    try (ZsmProces zsm = new ZsmProces(werkmap, Map.of(), List.of())) {
      zsm.start();
      HttpResponse<String> start = zsm.post("politie", "/engine-rest/process-definition/key/zsmHuiselijkGeweld/start",
          ZsmProces.intake());
      assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
      zaakId = JSON.readTree(start.body()).path("id").asText();

      HttpResponse<String> vermoeden = voltooi(zsm, zaakId, "Task_VermoedenBeoordelen",
          "{\"variables\":{\"vermoedenStrafbaarFeit\":{\"value\":true},"
              + "\"toelichtingVermoeden\":{\"value\":\"Verklaring van het slachtoffer.\"}}}");
      assertThat(vermoeden.statusCode()).as(vermoeden.body()).isEqualTo(204);
      HttpResponse<String> beslissing = voltooi(zsm, zaakId, "Task_Vrijheidsbeneming",
          "{\"variables\":{\"vrijheidsbeslissing\":{\"value\":\"INVERZEKERINGSTELLING\"}}}");
      assertThat(beslissing.statusCode()).as(beslissing.body()).isEqualTo(204);
      zsm.doodNu();
    }
    assertThat(Files.exists(werkmap.resolve("data"))).as("H2-bestand in de werkmap").isTrue();

    try (ZsmProces zsm = new ZsmProces(werkmap, Map.of(), List.of())) {
      zsm.start();
      JsonNode variabele = JSON.readTree(zsm.get("demo",
          "/engine-rest/history/variable-instance?processInstanceId=" + zaakId + "&variableName=vrijheidsbeslissing").body());
      assertThat(variabele).as("beslissing na herstart").hasSize(1);
      assertThat(variabele.get(0).path("value").asText()).isEqualTo("INVERZEKERINGSTELLING");

      JsonNode beslistaak = JSON.readTree(zsm.get("demo",
          "/engine-rest/history/task?processInstanceId=" + zaakId + "&taskDefinitionKey=Task_Vrijheidsbeneming").body());
      assertThat(beslistaak).hasSize(1);
      assertThat(beslistaak.get(0).path("endTime").isNull()).as("taak van de officier afgerond").isFalse();
      JsonNode open = JSON.readTree(zsm.get("demo",
          "/engine-rest/task?processInstanceId=" + zaakId + "&taskDefinitionKey=Task_Vrijheidsbeneming").body());
      assertThat(open).as("taak van de officier niet opnieuw open").isEmpty();
      JsonNode vt = JSON.readTree(zsm.get("demo",
          "/engine-rest/task?processInstanceId=" + zaakId + "&taskDefinitionKey=Task_VtKennisnemenVrijheidsbeslissing").body());
      assertThat(vt).as("vervolgtaak Veilig Thuis").hasSize(1);

      List<String> timers = new ArrayList<>();
      for (JsonNode job : JSON.readTree(zsm.get("demo", "/engine-rest/job?processInstanceId=" + zaakId).body())) {
        JsonNode definitie = JSON.readTree(zsm.get("demo",
            "/engine-rest/job-definition/" + job.path("jobDefinitionId").asText()).body());
        timers.add(definitie.path("activityId").asText());
      }
      assertThat(timers).as("termijntimers van de inverzekeringstelling")
          .contains("Timer_WaarschuwingInverzekeringstelling", "Timer_InverzekeringstellingVerstreken");
    }
  }

  private static HttpResponse<String> voltooi(ZsmProces zsm, String zaakId, String taak, String variabelen)
      throws Exception {
    JsonNode taken = JSON.readTree(zsm.get("ovj",
        "/engine-rest/task?processInstanceId=" + zaakId + "&taskDefinitionKey=" + taak).body());
    assertThat(taken).as("open taak " + taak).hasSize(1);
    return zsm.post("ovj", "/engine-rest/task/" + taken.get(0).path("id").asText() + "/complete", variabelen);
  }

}
