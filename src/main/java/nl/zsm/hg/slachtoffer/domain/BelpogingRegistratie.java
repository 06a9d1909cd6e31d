package nl.zsm.hg.slachtoffer.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;
import org.springframework.stereotype.Service;

/**
 * Checks a phone attempt before it is recorded: when, reached or not, and what was said.
 *
 * @param clock the engine clock (the Spring bean from nl.zsm.hg.tijd.Engineklok)
 */
@Service
public record BelpogingRegistratie(Clock clock) {

  /** Clocks of a phone and the server may differ a little. */
  static final Duration KLOKMARGE = Duration.ofMinutes(5);

  /**
   * Checks a call attempt from the form and returns it; records nothing (the delegate adds it to the case).
   *
   * @param gebeldOp a {@link Date}, an {@link Instant} or an ISO text as a form sends it
   *     ("2026-11-29T10:15+01:00", "2026-11-29T09:15:00Z" or local Dutch time "2026-11-29T10:15")
   */
  public Belpoging toets(Object gebeldOp, Boolean bereikt, String toelichting) {
    Instant tijdstip = tijdstip(gebeldOp);
    if (tijdstip.isAfter(clock.instant().plus(KLOKMARGE))) {
      throw new OngeldigeInvoerException("Het tijdstip van het telefoongesprek ligt in de toekomst.");
    }
    if (bereikt == null) {
      throw new OngeldigeInvoerException("Geef aan of het slachtoffer is bereikt.");
    }
    if (toelichting == null || toelichting.isBlank()) {
      throw new OngeldigeInvoerException("Licht toe wat is verteld, of waarom het slachtoffer niet is bereikt.");
    }
    return new Belpoging(tijdstip, bereikt, toelichting.trim());
  }

  static Instant tijdstip(Object waarde) {
    LocalDateTime moment = Formulierwaarden.tijdstip(waarde, "Tijdstip van bellen");
    if (moment == null) {
      throw new OngeldigeInvoerException("Vul in wanneer er is gebeld.");
    }
    return moment.atZone(Amsterdam.ZONE).toInstant();
  }

}
