package nl.zsm.hg.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process-level test (tag {@code proces}), issue 15: two application nodes (separate JVMs, profile {@code postgres})
 * on one PostgreSQL (embedded, loopback). Cases of arrested suspects are started on both nodes; their deadline timers
 * (warning and end of ophouden, veiligheidsbeoordeling) are moved to fall due within the next seconds, spread over
 * the run, as Cockpit's "change due date" does. While they fall due node A is killed with SIGKILL. Node B takes
 * over what A had locked (after the lock time) and every timer fires exactly once: one historic activity instance
 * per timer per case, one successful job log per timer job, no timer job left, and every case still running.
 */
@Tag("proces")
class ClusterProcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BEHEERDER = "beheerder";
  private static final String WACHTWOORD = "Cluster-Test-2026";
  private static final int ZAKEN = 8;
  private static final DateTimeFormatter CAMUNDA_DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @TempDir Path werkmapA;
  @TempDir Path werkmapB;

  @Test
  void tweeKnopen_eenKnoopGedood_elkeTimerPreciesEenKeer_geenZaakKwijt() throws Exception {
    int poort = vrijePoort();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(poort).start();
        ZsmProces a = knoop(werkmapA, poort, "knoop-a");
        ZsmProces b = knoop(werkmapB, poort, "knoop-b")) {
      a.start(); // creates the schema and deploys the models; B finds them
      b.start();

      List<String> zaken = new ArrayList<>();
      for (int i = 0; i < ZAKEN; i++) {
        ZsmProces knoop = i % 2 == 0 ? a : b;
        HttpResponse<String> start = knoop.post(BEHEERDER,
            "/engine-rest/process-definition/key/zsmHuiselijkGeweld/start", ZsmProces.intake());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        zaken.add(JSON.readTree(start.body()).path("id").asText());
      }

      // every deadline timer of every case falls due in the next 4..34 s, spread evenly
      Map<String, String> timerVanJob = new LinkedHashMap<>(); // job id -> case id + "/" + timer activity
      List<JsonNode> timers = new ArrayList<>();
      for (String zaak : zaken) {
        for (JsonNode job : JSON.readTree(b.get(BEHEERDER, "/engine-rest/job?timers=true&processInstanceId=" + zaak)
            .body())) {
          timers.add(job);
        }
      }
      assertThat(timers).as("termijntimers per zaak").hasSizeGreaterThanOrEqualTo(2 * ZAKEN);
      OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
      for (int i = 0; i < timers.size(); i++) {
        JsonNode job = timers.get(i);
        String activiteit = JSON.readTree(b.get(BEHEERDER,
            "/engine-rest/job-definition/" + job.path("jobDefinitionId").asText()).body()).path("activityId").asText();
        timerVanJob.put(job.path("id").asText(), job.path("processInstanceId").asText() + "/" + activiteit);
        String vervalt = nu.plusNanos(Duration.ofSeconds(4).plusMillis(30_000L * i / timers.size()).toNanos())
            .format(CAMUNDA_DATUM);
        HttpResponse<String> zet = b.put(BEHEERDER, "/engine-rest/job/" + job.path("id").asText() + "/duedate",
            "{\"duedate\":\"" + vervalt + "\"}");
        assertThat(zet.statusCode()).as(zet.body()).isEqualTo(204);
      }

      // in the middle of it: node A dies without any shutdown
      Thread.sleep(15_000);
      a.doodNu();

      // node B finishes: the timers A had not fired, also those A had locked (lock time 10 s)
      long tot = System.nanoTime() + Duration.ofSeconds(75).toNanos();
      int over = Integer.MAX_VALUE;
      while (System.nanoTime() < tot && over > 0) {
        over = 0;
        for (String jobId : timerVanJob.keySet()) {
          over += JSON.readTree(b.get(BEHEERDER, "/engine-rest/job?jobId=" + jobId).body()).size();
        }
        if (over > 0) {
          Thread.sleep(1000);
        }
      }
      assertThat(over).as("alle timers afgegaan\n" + b.staartVanLog()).isZero();

      Map<String, Integer> perKnoop = new HashMap<>();
      for (Map.Entry<String, String> timer : timerVanJob.entrySet()) {
        String[] zaakEnActiviteit = timer.getValue().split("/");
        JsonNode keren = JSON.readTree(b.get(BEHEERDER, "/engine-rest/history/activity-instance/count?processInstanceId="
            + zaakEnActiviteit[0] + "&activityId=" + zaakEnActiviteit[1]).body());
        assertThat(keren.path("count").asInt()).as("timer " + timer.getValue() + " precies één keer afgegaan")
            .isEqualTo(1);
        JsonNode gelukt = JSON.readTree(b.get(BEHEERDER, "/engine-rest/history/job-log?successLog=true&jobId="
            + timer.getKey()).body());
        assertThat(gelukt).as("één geslaagde uitvoering van job " + timer.getKey()).hasSize(1);
        perKnoop.merge(gelukt.get(0).path("hostname").asText(), 1, Integer::sum);
      }
      System.out.println("Clustertest: " + timerVanJob.size() + " timers afgegaan, per knoop " + perKnoop);
      assertThat(perKnoop).as("beide knopen vuurden timers; B nam het werk van A over").containsKeys("knoop-a", "knoop-b");

      for (String zaak : zaken) {
        assertThat(b.get(BEHEERDER, "/engine-rest/process-instance/" + zaak).statusCode())
            .as("zaak " + zaak + " loopt nog").isEqualTo(200);
        JsonNode open = JSON.readTree(b.get(BEHEERDER, "/engine-rest/task?processInstanceId=" + zaak
            + "&taskDefinitionKey=Task_VermoedenBeoordelen").body());
        assertThat(open).as("eerste taak van de officier van zaak " + zaak + " nog open").hasSize(1);
      }
    }
  }

  /** A node: profile postgres, job executor on with a short wait and a short lock, its own hostname in the job log. */
  private static ZsmProces knoop(Path werkmap, int poort, String naam) {
    return new ZsmProces(werkmap, "postgres", BEHEERDER, WACHTWOORD, Map.of(
        "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + poort + "/postgres",
        "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "postgres",
        "CAMUNDA_BPM_ADMINUSER_ID", BEHEERDER, "CAMUNDA_BPM_ADMINUSER_PASSWORD", WACHTWOORD),
        List.of("--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=1000",
            "--camunda.bpm.job-execution.lock-time-in-millis=10000",
            "--camunda.bpm.generic-properties.properties.hostname=" + naam));
  }


  private static int vrijePoort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
