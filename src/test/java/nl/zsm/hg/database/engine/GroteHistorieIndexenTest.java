package nl.zsm.hg.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.zsm.hg.ZsmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes for a large history (Flyway migrations in db/engine) stand on the engine's tables after the start and are
 * recorded in their own migration table (issue 15: VertrouwelijkeGegevens looks up a case's afstemming by its calling
 * instance; the engine has no index for that, so on PostgreSQL with a large history every look-up read all historic
 * afstemmingen; bench/Schaal.java --modus=historie measures it). The same on PostgreSQL: PostgresOpstartTest.
 */
@ZsmSpringTest
class GroteHistorieIndexenTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void hetIndexOpHetAanroependeProcesStaatNaDeStart() {
    List<String> kolommen = jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
        + "WHERE UPPER(INDEX_NAME) = 'ZSM_HI_PROCINST_SUPER'", String.class);
    assertThat(kolommen).containsExactly("SUPER_PROCESS_INSTANCE_ID_");
  }

  @Test
  void elkeMigratieIsGeslaagdInDeEigenMigratietabel() throws Exception {
    List<String> versies = jdbc.queryForList("SELECT \"version\" FROM \"" + GroteHistorieIndexen.MIGRATIETABEL
        + "\" WHERE \"success\" AND \"version\" <> '0' ORDER BY \"installed_rank\"", String.class);
    List<String> bestanden = new ArrayList<>();
    for (Resource migratie : migraties()) {
      bestanden.add(migratie.getFilename().replaceFirst("^V([0-9.]+)__.*$", "$1"));
    }
    assertThat(bestanden).isNotEmpty();
    assertThat(versies).containsExactlyInAnyOrderElementsOf(bestanden);
  }

  @Test
  void deMigratiesBevattenAlleenIdempotenteIndexen() throws Exception {
    for (Resource migratie : migraties()) {
      assertThat(opdrachten(migratie)).as(migratie.getFilename()).isNotEmpty()
          .allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("CREATE INDEX IF NOT EXISTS"));
    }
  }

  static List<Resource> migraties() throws Exception {
    return Arrays.asList(new PathMatchingResourcePatternResolver().getResources(GroteHistorieIndexen.LOCATIE + "/V*.sql"));
  }

  /** The statements of a migration: its text without comment lines, split at semicolons. */
  private static List<String> opdrachten(Resource migratie) throws Exception {
    String tekst = migratie.getContentAsString(StandardCharsets.UTF_8);
    return Arrays.stream(tekst.replaceAll("(?m)^\\s*--.*$", "").split(";")).map(String::strip)
        .filter(sql -> !sql.isEmpty()).toList();
  }
}
