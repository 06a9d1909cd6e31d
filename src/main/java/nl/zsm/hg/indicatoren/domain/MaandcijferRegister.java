package nl.zsm.hg.indicatoren.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import nl.zsm.hg.intake.domain.Regio;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The table {@code indicator_maand} (db/migration): aggregates only, per month and region. */
@Repository
public class MaandcijferRegister {

  private final JdbcTemplate jdbc;

  public MaandcijferRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the figures of one month and region (storing again after late steps of a case is harmless). */
  @Transactional
  public void vervang(YearMonth maand, Regio regio, List<Indicator> indicatoren, Instant berekendOp) {
    jdbc.update("DELETE FROM indicator_maand WHERE maand = ? AND regio = ?", maand.toString(), regio.code());
    for (Indicator i : indicatoren) {
      jdbc.update("INSERT INTO indicator_maand (maand, regio, code, waarde, aantal_zaken, berekend_op) VALUES (?, ?, ?, ?, ?, ?)",
          maand.toString(), regio.code(), i.code(), i.waarde(), i.aantalZaken(), Timestamp.from(berekendOp));
    }
  }

  public List<Maandcijfer> van(YearMonth maand, Regio regio) {
    return jdbc.query("SELECT maand, regio, code, waarde, aantal_zaken FROM indicator_maand WHERE maand = ? AND regio = ?"
            + " ORDER BY code",
        (rs, n) -> new Maandcijfer(YearMonth.parse(rs.getString("maand")), Regio.vanZaak(rs.getString("regio")),
            rs.getString("code"), rs.getObject("waarde") == null ? null : rs.getDouble("waarde"), rs.getInt("aantal_zaken")),
        maand.toString(), regio.code());
  }
}
