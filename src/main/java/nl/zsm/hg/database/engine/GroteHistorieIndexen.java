package nl.zsm.hg.database.engine;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.stereotype.Component;

/**
 * The indexes for a large history (issue 15, docs/prestaties.md "Grote historie"): Flyway migrations of their own
 * ({@code db/engine/V<n>__*.sql}, history table {@value #MIGRATIETABEL}), run once the engine has made or updated
 * its tables, because they index the engine's history tables. Spring Boot's Flyway (the product's own tables,
 * db/migration) runs before the engine exists, so it cannot do this. A database without the history table (made
 * before these migrations, or new) is baselined at version 0, so V1 still runs; every statement is
 * {@code CREATE INDEX IF NOT EXISTS}, so an index that is already there is kept.
 */
@Component
public class GroteHistorieIndexen extends AbstractProcessEnginePlugin {

  static final String LOCATIE = "classpath:db/engine";

  static final String MIGRATIETABEL = "zsm_engine_migraties";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    migreer(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  /** Runs the migrations of db/engine on a database that has the engine's tables. */
  static void migreer(DataSource dataSource) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(LOCATIE)
          .table(MIGRATIETABEL)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .baselineDescription("engine-tabellen zonder eigen migraties")
          .outOfOrder(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new ProcessEngineException("De indexen voor een grote historie (" + LOCATIE + ") konden niet worden gemaakt: "
          + e.getMessage(), e);
    }
  }
}
