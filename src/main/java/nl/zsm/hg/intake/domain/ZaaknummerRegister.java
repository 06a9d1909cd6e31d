package nl.zsm.hg.intake.domain;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Claims a zaaknummer for one case. The claim runs in the transaction of the intake, so it disappears
 * with an intake that is refused, and a second claim of the same number fails even when two intakes
 * arrive at the same moment.
 */
@Repository
public class ZaaknummerRegister {

  private final JdbcTemplate jdbc;

  public ZaaknummerRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void vastleggen(String zaaknummer) {
    try {
      jdbc.update("INSERT INTO zaaknummer (nummer, vastgelegd_op) VALUES (?, CURRENT_TIMESTAMP)", zaaknummer);
    } catch (DuplicateKeyException e) {
      throw new OngeldigeInvoerException("Er bestaat al een zaak met zaaknummer " + zaaknummer + ".");
    }
  }
}
