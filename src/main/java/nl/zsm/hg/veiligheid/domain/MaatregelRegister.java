package nl.zsm.hg.veiligheid.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The table {@code beschermingsmaatregel} with its history {@code beschermingsmaatregel_wijziging}
 * (src/main/resources/db/migration), written with Spring JDBC in the engine's own transaction: a refused decision
 * registers nothing. A case has at most one current (not ended) registration per kind of measure: registering it
 * again changes nothing, or updates it and records the change.
 */
@Repository
public class MaatregelRegister {

  private static final String KOLOMMEN = "id, zaaknummer, soort, omschrijving, voorwaarden, gebied, ingangsdatum,"
      + " einddatum, beslissing, geregistreerd_op, status, herzieningsdatum, gewijzigd_door, gewijzigd_op";
  /** In force on a day (two parameters: the day twice); the same rule as {@link Beschermingsmaatregel#actiefOp}. */
  private static final String ACTIEF_OP = "ingangsdatum <= ? AND ((status IN ('OPGELEGD', 'OVERTREDEN')"
      + " AND (einddatum IS NULL OR einddatum >= ?)) OR (status = 'BEEINDIGD' AND einddatum > ?))";

  private final JdbcTemplate jdbc;

  public MaatregelRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Registers the measures of one decision: a kind not yet current in the case is inserted; a kind already current
   * stays as it is when nothing changed, and is updated (with a line in its history) when its conditions, area or
   * dates changed.
   *
   * @return the registrations as they now stand
   */
  public List<Beschermingsmaatregel> registreer(List<Beschermingsmaatregel> maatregelen) {
    List<Beschermingsmaatregel> resultaat = new ArrayList<>();
    for (Beschermingsmaatregel m : maatregelen) {
      Optional<Beschermingsmaatregel> huidig = huidige(m.zaaknummer(), m.soort());
      if (huidig.isEmpty()) {
        long id = voegToe(m);
        wijziging(id, m.zaaknummer(), m.soort(), MaatregelStatus.OPGELEGD, m.beslissing(), "Opgelegd.", m.geregistreerdOp());
        resultaat.add(huidige(m.zaaknummer(), m.soort()).orElseThrow());
      } else if (huidig.get().zelfdeInhoud(m)) {
        resultaat.add(huidig.get());
      } else {
        Beschermingsmaatregel oud = huidig.get();
        jdbc.update("UPDATE beschermingsmaatregel SET voorwaarden = ?, gebied = ?, ingangsdatum = ?, einddatum = ?,"
                + " herzieningsdatum = ?, gewijzigd_door = ?, gewijzigd_op = ? WHERE id = ?",
            m.voorwaarden(), m.gebied(), Date.valueOf(m.ingangsdatum()), datum(m.einddatum()), datum(m.herzieningsdatum()),
            m.beslissing(), Timestamp.from(m.geregistreerdOp()), oud.id());
        wijziging(oud.id(), m.zaaknummer(), m.soort(), oud.status(), m.beslissing(), verschil(oud, m), m.geregistreerdOp());
        resultaat.add(huidige(m.zaaknummer(), m.soort()).orElseThrow());
      }
    }
    return resultaat;
  }

  /**
   * Ends the current measures of these kinds in a case: status BEEINDIGD, end date {@code dag} (or the earlier end
   * date it had), changed by {@code beslissing}.
   *
   * @return the measures that were ended
   */
  public List<Beschermingsmaatregel> beeindig(String zaaknummer, Collection<Veiligheidsmaatregel> soorten,
      String beslissing, LocalDate dag, Instant nu, String reden) {
    List<Beschermingsmaatregel> beeindigd = new ArrayList<>();
    for (Beschermingsmaatregel m : huidige(zaaknummer)) {
      if (!soorten.contains(m.soort())) {
        continue;
      }
      LocalDate einde = m.einddatum() != null && m.einddatum().isBefore(dag) ? m.einddatum() : dag;
      jdbc.update("UPDATE beschermingsmaatregel SET status = 'BEEINDIGD', einddatum = ?, gewijzigd_door = ?,"
          + " gewijzigd_op = ? WHERE id = ?", Date.valueOf(einde), beslissing, Timestamp.from(nu), m.id());
      wijziging(m.id(), zaaknummer, m.soort(), MaatregelStatus.BEEINDIGD, beslissing, reden, nu);
      beeindigd.add(vanId(m.id()));
    }
    return beeindigd;
  }

  /** Records a new status (GESCHORST, OVERTREDEN, OPGELEGD again) of the current measure of a kind, if any. */
  public Optional<Beschermingsmaatregel> wijzigStatus(String zaaknummer, Veiligheidsmaatregel soort,
      MaatregelStatus status, String beslissing, Instant nu, String toelichting) {
    if (status == MaatregelStatus.BEEINDIGD) {
      throw new IllegalArgumentException("Beëindigen gaat met beeindig(...): die zet ook de einddatum.");
    }
    Optional<Beschermingsmaatregel> huidig = huidige(zaaknummer, soort);
    huidig.ifPresent(m -> {
      jdbc.update("UPDATE beschermingsmaatregel SET status = ?, gewijzigd_door = ?, gewijzigd_op = ? WHERE id = ?",
          status.name(), beslissing, Timestamp.from(nu), m.id());
      wijziging(m.id(), zaaknummer, soort, status, beslissing, toelichting, nu);
    });
    return huidig.map(m -> vanId(m.id()));
  }

  /** One registration by its id, whatever its status. */
  public Optional<Beschermingsmaatregel> metId(long id) {
    return jdbc.query("SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE id = ?", MaatregelRegister::rij, id)
        .stream().findFirst();
  }

  /** Records a new status (not BEEINDIGD) of exactly this registration, with a line in its history. */
  public Beschermingsmaatregel wijzigStatus(Beschermingsmaatregel m, MaatregelStatus status, String beslissing,
      Instant nu, String toelichting) {
    if (status == MaatregelStatus.BEEINDIGD) {
      throw new IllegalArgumentException("Beëindigen gaat met beeindig(...): die zet ook de einddatum.");
    }
    jdbc.update("UPDATE beschermingsmaatregel SET status = ?, gewijzigd_door = ?, gewijzigd_op = ? WHERE id = ?",
        status.name(), beslissing, Timestamp.from(nu), m.id());
    wijziging(m.id(), m.zaaknummer(), m.soort(), status, beslissing, toelichting, nu);
    return vanId(m.id());
  }

  /** Every registration of the case, ended ones included, in the order they were imposed. */
  public List<Beschermingsmaatregel> vanZaak(String zaaknummer) {
    return jdbc.query("SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE zaaknummer = ? ORDER BY id",
        MaatregelRegister::rij, zaaknummer);
  }

  /** The registrations of the case that are not ended (whatever their dates). */
  public List<Beschermingsmaatregel> huidige(String zaaknummer) {
    return jdbc.query("SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE zaaknummer = ? AND status <> 'BEEINDIGD'"
        + " ORDER BY id", MaatregelRegister::rij, zaaknummer);
  }

  private Optional<Beschermingsmaatregel> huidige(String zaaknummer, Veiligheidsmaatregel soort) {
    return huidige(zaaknummer).stream().filter(m -> m.soort() == soort).reduce((eerste, laatste) -> laatste);
  }

  /** Measures in force on {@code dag}, of one case or (zaaknummer null) of all cases. */
  public List<Beschermingsmaatregel> actief(String zaaknummer, LocalDate dag) {
    String sql = "SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE " + ACTIEF_OP
        + (zaaknummer == null ? "" : " AND zaaknummer = ?") + " ORDER BY zaaknummer, id";
    Date d = Date.valueOf(dag);
    Object[] args = zaaknummer == null ? new Object[] {d, d, d} : new Object[] {d, d, d, zaaknummer};
    return jdbc.query(sql, MaatregelRegister::rij, args);
  }

  /**
   * Measures in force on {@code dag} in the cases of these regions (table zaakregio), and in cases without a known
   * region (registered before the region was recorded, or ONBEKEND): what the police of those regions enforce.
   */
  public List<Beschermingsmaatregel> actiefInRegios(LocalDate dag, java.util.Set<nl.zsm.hg.intake.domain.Regio> regios) {
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(dag), Date.valueOf(dag), Date.valueOf(dag)));
    StringBuilder sql = new StringBuilder("SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE " + ACTIEF_OP
        + " AND (zaaknummer NOT IN (SELECT zaaknummer FROM zaakregio WHERE regio <> 'onbekend')");
    if (!regios.isEmpty()) {
      sql.append(" OR zaaknummer IN (SELECT zaaknummer FROM zaakregio WHERE regio IN (")
          .append(String.join(", ", java.util.Collections.nCopies(regios.size(), "?"))).append("))");
      regios.forEach(r -> args.add(r.code()));
    }
    sql.append(") ORDER BY zaaknummer, id");
    return jdbc.query(sql.toString(), MaatregelRegister::rij, args.toArray());
  }

  /** The history of every measure of the case, oldest first. */
  public List<Maatregelwijziging> historie(String zaaknummer) {
    return jdbc.query("SELECT maatregel_id, zaaknummer, soort, status, beslissing, wijziging, tijdstip"
            + " FROM beschermingsmaatregel_wijziging WHERE zaaknummer = ? ORDER BY id",
        (rs, n) -> new Maatregelwijziging(rs.getLong("maatregel_id"), rs.getString("zaaknummer"),
            Veiligheidsmaatregel.valueOf(rs.getString("soort")), MaatregelStatus.valueOf(rs.getString("status")),
            rs.getString("beslissing"), rs.getString("wijziging"), rs.getTimestamp("tijdstip").toInstant()),
        zaaknummer);
  }

  private long voegToe(Beschermingsmaatregel m) {
    GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
    jdbc.update(verbinding -> {
      var stmt = verbinding.prepareStatement("INSERT INTO beschermingsmaatregel (zaaknummer, soort, omschrijving,"
          + " voorwaarden, gebied, ingangsdatum, einddatum, beslissing, geregistreerd_op, status, herzieningsdatum,"
          + " gewijzigd_door, gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      stmt.setString(1, m.zaaknummer());
      stmt.setString(2, m.soort().name());
      stmt.setString(3, m.omschrijving());
      stmt.setString(4, m.voorwaarden());
      stmt.setString(5, m.gebied());
      stmt.setDate(6, Date.valueOf(m.ingangsdatum()));
      stmt.setDate(7, datum(m.einddatum()));
      stmt.setString(8, m.beslissing());
      stmt.setTimestamp(9, Timestamp.from(m.geregistreerdOp()));
      stmt.setString(10, m.status().name());
      stmt.setDate(11, datum(m.herzieningsdatum()));
      stmt.setString(12, m.beslissing());
      stmt.setTimestamp(13, Timestamp.from(m.geregistreerdOp()));
      return stmt;
    }, sleutel);
    return Objects.requireNonNull(sleutel.getKey()).longValue();
  }

  private Beschermingsmaatregel vanId(long id) {
    return jdbc.queryForObject("SELECT " + KOLOMMEN + " FROM beschermingsmaatregel WHERE id = ?", MaatregelRegister::rij, id);
  }

  private void wijziging(long id, String zaaknummer, Veiligheidsmaatregel soort, MaatregelStatus status,
      String beslissing, String wijziging, Instant tijdstip) {
    jdbc.update("INSERT INTO beschermingsmaatregel_wijziging (maatregel_id, zaaknummer, soort, status, beslissing,"
            + " wijziging, tijdstip) VALUES (?, ?, ?, ?, ?, ?, ?)", id, zaaknummer, soort.name(), status.name(), beslissing,
        wijziging.length() > 4000 ? wijziging.substring(0, 4000) : wijziging, Timestamp.from(tijdstip));
  }

  /** What changed, in Dutch, e.g. "Gebied gewijzigd van 'A' in 'B'." */
  static String verschil(Beschermingsmaatregel oud, Beschermingsmaatregel nieuw) {
    List<String> regels = new ArrayList<>();
    veld("Voorwaarden", oud.voorwaarden(), nieuw.voorwaarden(), regels);
    veld("Gebied", oud.gebied(), nieuw.gebied(), regels);
    veld("Ingangsdatum", oud.ingangsdatum(), nieuw.ingangsdatum(), regels);
    veld("Einddatum", oud.einddatum(), nieuw.einddatum(), regels);
    veld("Herzieningsdatum", oud.herzieningsdatum(), nieuw.herzieningsdatum(), regels);
    return String.join(" ", regels);
  }

  private static void veld(String naam, Object oud, Object nieuw, List<String> regels) {
    if (!Objects.equals(oud, nieuw)) {
      regels.add(naam + " gewijzigd van '" + (oud == null ? "geen" : oud) + "' in '" + (nieuw == null ? "geen" : nieuw) + "'.");
    }
  }

  private static Date datum(LocalDate dag) {
    return dag == null ? null : Date.valueOf(dag);
  }

  private static Beschermingsmaatregel rij(ResultSet rs, int nummer) throws SQLException {
    Timestamp gewijzigd = rs.getTimestamp("gewijzigd_op");
    return new Beschermingsmaatregel(rs.getString("zaaknummer"), Veiligheidsmaatregel.valueOf(rs.getString("soort")),
        rs.getString("omschrijving"), rs.getString("voorwaarden"), rs.getString("gebied"),
        rs.getDate("ingangsdatum").toLocalDate(), lokaal(rs.getDate("einddatum")), rs.getString("beslissing"),
        rs.getTimestamp("geregistreerd_op").toInstant(), rs.getLong("id"), MaatregelStatus.valueOf(rs.getString("status")),
        lokaal(rs.getDate("herzieningsdatum")), rs.getString("gewijzigd_door"), gewijzigd == null ? null : gewijzigd.toInstant());
  }

  private static LocalDate lokaal(Date datum) {
    return datum == null ? null : datum.toLocalDate();
  }
}
