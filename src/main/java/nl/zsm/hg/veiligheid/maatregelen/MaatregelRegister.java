package nl.zsm.hg.veiligheid.maatregelen;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import nl.zsm.hg.veiligheid.Veiligheidsmaatregel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code beschermingsmaatregel} (src/main/resources/schema.sql), written with Spring JDBC in the
 * engine's own transaction: a refused decision registers nothing.
 */
@Repository
public class MaatregelRegister {

  private static final String KOLOMMEN =
      "zaaknummer, soort, omschrijving, voorwaarden, gebied, ingangsdatum, einddatum, beslissing, geregistreerd_op";

  private final JdbcTemplate jdbc;

  public MaatregelRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces what one decision of a case registered before, so registering again is harmless. */
  public void vervang(String zaaknummer, String beslissing, List<Beschermingsmaatregel> maatregelen) {
    jdbc.update("DELETE FROM beschermingsmaatregel WHERE zaaknummer = ? AND beslissing = ?", zaaknummer, beslissing);
    for (Beschermingsmaatregel m : maatregelen) {
      jdbc.update("INSERT INTO beschermingsmaatregel (" + KOLOMMEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          m.zaaknummer(), m.soort().name(), m.omschrijving(), m.voorwaarden(), m.gebied(),
          Date.valueOf(m.ingangsdatum()), m.einddatum() == null ? null : Date.valueOf(m.einddatum()), m.beslissing(),
          Timestamp.from(m.geregistreerdOp()));
    }
  }

  public List<Beschermingsmaatregel> vanZaak(String zaaknummer) {
    return jdbc.query("SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE zaaknummer = ? ORDER BY id",
        MaatregelRegister::rij, zaaknummer);
  }

  /** Measures in force on {@code dag}, of one case or (zaaknummer null) of all cases. */
  public List<Beschermingsmaatregel> actief(String zaaknummer, LocalDate dag) {
    String sql = "SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE ingangsdatum <= ?"
        + " AND (einddatum IS NULL OR einddatum >= ?)" + (zaaknummer == null ? "" : " AND zaaknummer = ?")
        + " ORDER BY zaaknummer, id";
    Object[] args = zaaknummer == null
        ? new Object[] {Date.valueOf(dag), Date.valueOf(dag)}
        : new Object[] {Date.valueOf(dag), Date.valueOf(dag), zaaknummer};
    return jdbc.query(sql, MaatregelRegister::rij, args);
  }

  private static Beschermingsmaatregel rij(ResultSet rs, int nummer) throws SQLException {
    Date einde = rs.getDate("einddatum");
    return new Beschermingsmaatregel(rs.getString("zaaknummer"), Veiligheidsmaatregel.valueOf(rs.getString("soort")),
        rs.getString("omschrijving"), rs.getString("voorwaarden"), rs.getString("gebied"),
        rs.getDate("ingangsdatum").toLocalDate(), einde == null ? null : einde.toLocalDate(), rs.getString("beslissing"),
        rs.getTimestamp("geregistreerd_op").toInstant());
  }
}
