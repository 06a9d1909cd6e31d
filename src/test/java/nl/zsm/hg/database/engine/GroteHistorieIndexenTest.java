package nl.zsm.hg.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.zsm.hg.ZsmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes for a large history (db/engine/indexen-grote-historie.sql) stand on the engine's tables after the start
 * (issue 15: VertrouwelijkeGegevens looks up a case's afstemming by its calling instance; the engine has no index for
 * that, so on PostgreSQL with 500,000 cases every look-up read all historic afstemmingen; bench/Schaal.java measures it).
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
  void hetBestandBevatAlleenIdempotenteIndexen() throws Exception {
    assertThat(opdrachten()).isNotEmpty()
        .allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("CREATE INDEX IF NOT EXISTS"));
  }

  /** The statements of the file: its text without comment lines, split at semicolons. */
  private static List<String> opdrachten() throws Exception {
    String tekst = new ClassPathResource(GroteHistorieIndexen.BESTAND).getContentAsString(StandardCharsets.UTF_8);
    return Arrays.stream(tekst.replaceAll("(?m)^\\s*--.*$", "").split(";")).map(String::strip)
        .filter(sql -> !sql.isEmpty()).toList();
  }
}
