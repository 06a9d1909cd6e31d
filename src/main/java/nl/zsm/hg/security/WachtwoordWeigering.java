package nl.zsm.hg.security;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recognises the engine's refusal of a password under {@link Wachtwoordbeleid} (a plain ProcessEngineException
 * "Password does not match policy", which REST would answer with 500) and gives the Dutch reason for a 400.
 */
public final class WachtwoordWeigering {

  static final String ENGINE_MELDING = "Password does not match policy";
  public static final String TYPE = "WachtwoordVoldoetNietAanBeleid";
  public static final String MELDING = "Dit wachtwoord is niet toegestaan: gebruik ten minste 10 tekens met een kleine letter, "
      + "een hoofdletter, een cijfer en een leesteken, niet je naam of gebruikersnaam en geen bekend wachtwoord zoals 'demo'.";

  private WachtwoordWeigering() {}

  public static Optional<String> reden(Throwable fout) {
    return Stream.iterate(fout, oorzaak -> oorzaak != null, oorzaak -> oorzaak.getCause() == oorzaak ? null : oorzaak.getCause())
        .anyMatch(oorzaak -> oorzaak.getMessage() != null && oorzaak.getMessage().contains(ENGINE_MELDING))
        ? Optional.of(MELDING) : Optional.empty();
  }
}
