package nl.zsm.hg.database;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * How Flyway migrates the product's own tables (db/migration, docs/bibliotheken-en-contracten.md).
 *
 * <p>A database without Flyway's history table but with tables (made by the former schema.sql, or holding only the
 * engine's ACT_ tables) is baselined at version 0, below V1, so V1 still runs there: its statements are idempotent
 * and add what an older schema.sql left out, keeping every row. Out of order, so a migration merged later with a lower
 * number is still applied. Indexes on the engine's own tables are not migrations here (database.engine.GroteHistorieIndexen).
 */
@Component
public class EigenTabellenMigratie implements FlywayConfigurationCustomizer {

  /** The version a database made by the former schema.sql is given before V1 runs on it. */
  public static final String BASISVERSIE = "0";

  @Override
  public void customize(FluentConfiguration configuratie) {
    configuratie.baselineOnMigrate(true)
        .baselineVersion(BASISVERSIE)
        .baselineDescription("tabellen van schema.sql van voor Flyway")
        .outOfOrder(true);
  }
}
