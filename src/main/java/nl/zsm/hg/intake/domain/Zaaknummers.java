package nl.zsm.hg.intake.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Year;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Readable ZSM case numbers such as {@code ZSM-2026-000123}. */
@Service
public class Zaaknummers {

  private static final Pattern VORM = Pattern.compile("^ZSM-\\d{4}-\\d{6}$");
  private static final int POGINGEN = 50;

  private final Clock klok;
  private final SecureRandom toeval = new SecureRandom();

  /** @param klok the product's one clock (the engine's, see nl.zsm.hg.tijd.Engineklok) */
  public Zaaknummers(Clock klok) {
    this.klok = klok;
  }

  public static boolean isGeldig(String zaaknummer) {
    return zaaknummer != null && VORM.matcher(zaaknummer).matches();
  }

  /**
   * A new number of this year that {@code bestaatAl} does not know yet.
   *
   * @param bestaatAl tells whether a case with that number already exists
   */
  public String nieuw(Predicate<String> bestaatAl) {
    int jaar = Year.now(klok).getValue();
    for (int poging = 0; poging < POGINGEN; poging++) {
      String kandidaat = String.format("ZSM-%04d-%06d", jaar, 1 + toeval.nextInt(999_999));
      if (!bestaatAl.test(kandidaat)) {
        return kandidaat;
      }
    }
    throw new IllegalStateException("Geen vrij zaaknummer gevonden voor " + jaar + ".");
  }
}
