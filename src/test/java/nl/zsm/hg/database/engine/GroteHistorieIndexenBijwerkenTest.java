package nl.zsm.hg.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database from before the migrations (issue 15): it already has the index that the former script made, but no
 * zsm_engine_migraties. The migrations baseline it at version 0 and run V1 without error, keeping the one index; a
 * second start changes nothing.
 */
class GroteHistorieIndexenBijwerkenTest {

  @Test
  void eenDatabaseMetHetIndexVanHetVroegereScriptWordtBijgewerkt() throws Exception {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:grote-historie-bijwerken;DB_CLOSE_DELAY=-1");
    try (Connection verbinding = database.getConnection(); Statement s = verbinding.createStatement()) {
      s.execute("CREATE TABLE ACT_HI_PROCINST (ID_ VARCHAR(64) PRIMARY KEY, SUPER_PROCESS_INSTANCE_ID_ VARCHAR(64))");
      s.execute("CREATE INDEX zsm_hi_procinst_super ON ACT_HI_PROCINST (SUPER_PROCESS_INSTANCE_ID_)");
    }

    GroteHistorieIndexen.migreer(database);
    GroteHistorieIndexen.migreer(database);

    try (Connection verbinding = database.getConnection(); Statement s = verbinding.createStatement()) {
      assertThat(getal(s, "SELECT count(*) FROM INFORMATION_SCHEMA.INDEXES WHERE UPPER(INDEX_NAME) = 'ZSM_HI_PROCINST_SUPER'"))
          .isOne();
      assertThat(getal(s, "SELECT count(*) FROM \"" + GroteHistorieIndexen.MIGRATIETABEL + "\" WHERE \"version\" = '0'"))
          .as("basislijn").isOne();
      assertThat(getal(s, "SELECT count(*) FROM \"" + GroteHistorieIndexen.MIGRATIETABEL
          + "\" WHERE \"version\" = '1' AND \"success\"")).as("V1").isOne();
    }
  }

  private static long getal(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
