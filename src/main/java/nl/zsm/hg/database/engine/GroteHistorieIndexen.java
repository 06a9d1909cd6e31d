package nl.zsm.hg.database.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptException;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The indexes for a large history (issue 15, docs/prestaties.md): the statements of
 * {@code db/engine/indexen-grote-historie.sql}, run once the engine has made or updated its own tables, because
 * they index the engine's history tables. Every statement is {@code CREATE INDEX IF NOT EXISTS}, so running them at
 * every start costs a catalogue look-up and changes nothing on a database that has them.
 */
@Component
public class GroteHistorieIndexen extends AbstractProcessEnginePlugin {

  static final String BESTAND = "db/engine/indexen-grote-historie.sql";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection verbinding = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(verbinding, new ClassPathResource(BESTAND));
      if (!verbinding.getAutoCommit()) {
        verbinding.commit();
      }
    } catch (SQLException | ScriptException e) {
      throw new ProcessEngineException("De indexen voor een grote historie (" + BESTAND + ") konden niet worden gemaakt: "
          + e.getMessage(), e);
    }
  }
}
