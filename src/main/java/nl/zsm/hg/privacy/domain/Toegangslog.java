package nl.zsm.hg.privacy.domain;

import nl.zsm.hg.privacy.engine.Bewaartermijnen;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The access log (table toegangslog): who opened which case's tasks, forms or variables, and when. Kept apart
 * from the case data and holds no case content: user, time, method, the path with its ids left out, the
 * zaaknummer and the engine ids it was resolved from, and the answer's status. Only appended to; removed only by
 * {@link Bewaartermijnen} after its retention period.
 */
@Repository
public class Toegangslog {

  private final JdbcTemplate jdbc;

  public Toegangslog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void vastleggen(Toegang toegang) {
    jdbc.update("INSERT INTO toegangslog (tijdstip, gebruiker, methode, padfamilie, zaaknummer, proces_instantie_id, "
            + "taak_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(toegang.tijdstip()), toegang.gebruiker(), toegang.methode(), toegang.padfamilie(),
        toegang.zaaknummer(), toegang.procesInstantieId(), toegang.taakId(), toegang.status());
  }

  /** The entries of one case, or of one user, newest first (at most 1000). */
  public List<Toegang> zoek(String zaaknummer, String gebruiker) {
    StringBuilder sql = new StringBuilder("SELECT tijdstip, gebruiker, methode, padfamilie, zaaknummer, proces_instantie_id, "
        + "taak_id, status FROM toegangslog WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (zaaknummer != null) {
      sql.append(" AND zaaknummer = ?");
      parameters.add(zaaknummer);
    }
    if (gebruiker != null) {
      sql.append(" AND gebruiker = ?");
      parameters.add(gebruiker);
    }
    sql.append(" ORDER BY tijdstip DESC, id DESC FETCH FIRST 1000 ROWS ONLY");
    return jdbc.query(sql.toString(), (rs, i) -> new Toegang(rs.getTimestamp("tijdstip").toInstant(),
        rs.getString("gebruiker"), rs.getString("methode"), rs.getString("padfamilie"), rs.getString("zaaknummer"),
        rs.getString("proces_instantie_id"), rs.getString("taak_id"), rs.getInt("status")), parameters.toArray());
  }

  /** One access. */
  public record Toegang(Instant tijdstip, String gebruiker, String methode, String padfamilie, String zaaknummer,
      String procesInstantieId, String taakId, int status) {}
}
