package nl.zsm.hg.database.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
    try (Connection verbinding = dataSource.getConnection(); Statement opdracht = verbinding.createStatement()) {
      for (String sql : opdrachten()) {
        opdracht.execute(sql);
      }
      if (!verbinding.getAutoCommit()) {
        verbinding.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("De indexen voor een grote historie (" + BESTAND + ") konden niet worden gemaakt: "
          + e.getMessage(), e);
    }
  }

  /** The statements of the file, without comment lines, split at semicolons. */
  static List<String> opdrachten() {
    String tekst;
    try (InputStream in = GroteHistorieIndexen.class.getClassLoader().getResourceAsStream(BESTAND)) {
      if (in == null) {
        throw new IllegalStateException(BESTAND + " ontbreekt op het klassepad");
      }
      tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder zonderCommentaar = new StringBuilder();
    for (String regel : tekst.split("\n")) {
      if (!regel.strip().startsWith("--")) {
        zonderCommentaar.append(regel).append('\n');
      }
    }
    List<String> uit = new ArrayList<>();
    for (String deel : zonderCommentaar.toString().split(";")) {
      if (!deel.isBlank()) {
        uit.add(deel.strip());
      }
    }
    return uit;
  }
}
