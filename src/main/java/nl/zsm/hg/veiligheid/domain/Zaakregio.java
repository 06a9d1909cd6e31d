package nl.zsm.hg.veiligheid.domain;

import java.util.List;
import java.util.Optional;
import nl.zsm.hg.intake.domain.Regio;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code zaakregio}: the region of a case whose measures are registered, written in the transaction of
 * every registration (the intake's {@code regio}), so the police register can be read per region.
 */
@Repository
public class Zaakregio {

  private final JdbcTemplate jdbc;

  public Zaakregio(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records (or corrects) the region of the case; portable: update, else insert. */
  public void vastleggen(String zaaknummer, Regio regio) {
    String zaak = zaaknummer.trim();
    if (jdbc.update("UPDATE zaakregio SET regio = ? WHERE zaaknummer = ?", regio.code(), zaak) == 0) {
      jdbc.update("INSERT INTO zaakregio (zaaknummer, regio) VALUES (?, ?)", zaak, regio.code());
    }
  }

  /** The region recorded for the case; empty when none was (measures registered before this table existed). */
  public Optional<Regio> van(String zaaknummer) {
    List<String> codes = jdbc.queryForList("SELECT regio FROM zaakregio WHERE zaaknummer = ?", String.class,
        zaaknummer.trim());
    return codes.stream().findFirst().map(Regio::vanZaak);
  }
}
