package nl.zsm.hg.procesbeheer.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The product's record of deployments (tables deploymentregistratie and deploymentregistratie_bestand). */
@Repository
public class DeploymentRegister {

  private final JdbcTemplate jdbc;

  public DeploymentRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void vastleggen(String deploymentId, String naam, String bron, String gebruiker, Instant tijdstip,
      Map<String, String> hashes) {
    jdbc.update("INSERT INTO deploymentregistratie (deployment_id, naam, bron, gebruiker, tijdstip) VALUES (?, ?, ?, ?, ?)",
        deploymentId, naam, bron, gebruiker, Timestamp.from(tijdstip));
    hashes.forEach((bestand, hash) -> {
      List<String> vorige = jdbc.queryForList(
          "SELECT sha256 FROM deploymentregistratie_bestand WHERE bestand = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
          String.class, bestand);
      Wijziging wijziging = vorige.isEmpty() ? Wijziging.NIEUW
          : vorige.get(0).equals(hash) ? Wijziging.ONGEWIJZIGD : Wijziging.GEWIJZIGD;
      jdbc.update("INSERT INTO deploymentregistratie_bestand (deployment_id, bestand, sha256, vorige_sha256, wijziging) "
          + "VALUES (?, ?, ?, ?, ?)", deploymentId, bestand, hash, vorige.isEmpty() ? null : vorige.get(0), wijziging.name());
    });
  }

  /** The most recent deployments first, each with its resources. */
  public List<GeregistreerdeDeployment> recent(int aantal) {
    Map<String, GeregistreerdeDeployment> deployments = new LinkedHashMap<>();
    jdbc.query("SELECT deployment_id, naam, bron, gebruiker, tijdstip FROM deploymentregistratie "
        + "ORDER BY tijdstip DESC, id DESC FETCH FIRST " + Math.max(1, aantal) + " ROWS ONLY", rs -> {
      deployments.put(rs.getString("deployment_id"), new GeregistreerdeDeployment(rs.getString("deployment_id"),
          rs.getString("naam"), rs.getString("bron"), rs.getString("gebruiker"),
          rs.getTimestamp("tijdstip").toInstant(), new ArrayList<>()));
    });
    if (!deployments.isEmpty()) {
      String plaatshouders = String.join(",", deployments.keySet().stream().map(id -> "?").toList());
      jdbc.query("SELECT deployment_id, bestand, sha256, wijziging FROM deploymentregistratie_bestand "
          + "WHERE deployment_id IN (" + plaatshouders + ") ORDER BY bestand", rs -> {
        deployments.get(rs.getString("deployment_id")).bestanden().add(new GeregistreerdeDeployment.Bestand(
            rs.getString("bestand"), rs.getString("sha256"), Wijziging.valueOf(rs.getString("wijziging"))));
      }, deployments.keySet().toArray());
    }
    return List.copyOf(deployments.values());
  }

  public enum Wijziging { NIEUW, GEWIJZIGD, ONGEWIJZIGD }

  /** One recorded deployment; changed lists the resources that are new or differ from their previous version. */
  public record GeregistreerdeDeployment(String deploymentId, String naam, String bron, String gebruiker,
      Instant tijdstip, List<Bestand> bestanden) {

    public List<String> gewijzigd() {
      return bestanden.stream().filter(b -> b.wijziging() != Wijziging.ONGEWIJZIGD).map(Bestand::naam).toList();
    }

    public record Bestand(String naam, String sha256, Wijziging wijziging) {}
  }
}
