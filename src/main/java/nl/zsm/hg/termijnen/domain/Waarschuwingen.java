package nl.zsm.hg.termijnen.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * When the process warns before a deadline, and how a deadline is written in a task name. The
 * offsets are settings ({@code zsm.termijnen.waarschuwing-voor-...}); all times Europe/Amsterdam.
 */
public class Waarschuwingen {

  /** The warning for a five-werkdagen deadline comes at the start of its last day. */
  static final int UUR_WAARSCHUWING_LAATSTE_WERKDAG = 9;

  private final Duration voorOphouden;
  private final Duration voorInverzekeringstelling;

  public Waarschuwingen(Duration voorOphouden, Duration voorInverzekeringstelling) {
    this.voorOphouden = positief(voorOphouden, "waarschuwing-voor-ophouden");
    this.voorInverzekeringstelling = positief(voorInverzekeringstelling, "waarschuwing-voor-inverzekeringstelling");
  }

  public Instant voorOphouden(Instant uiterlijk) {
    return uiterlijk.minus(voorOphouden);
  }

  public Instant voorInverzekeringstelling(Instant uiterlijk) {
    return uiterlijk.minus(voorInverzekeringstelling);
  }

  /**
   * VT's veiligheidsbeoordeling: in a vastzaak the deadline is the end of the ophouden, so the same
   * warning; otherwise 09:00 on the last working day.
   */
  public Instant voorVeiligheidsbeoordeling(Instant uiterlijk, boolean vast) {
    if (vast) {
      return voorOphouden(uiterlijk);
    }
    return Amsterdam.om(uiterlijk.atZone(Amsterdam.ZONE).toLocalDate(), UUR_WAARSCHUWING_LAATSTE_WERKDAG).toInstant();
  }

  /** "20:00 op 25-11-2026", in Europe/Amsterdam. */
  public static String tijdstip(Instant moment) {
    ZonedDateTime hier = moment.atZone(Amsterdam.ZONE);
    return Amsterdam.tijd(hier) + " op " + Amsterdam.datum(hier.toLocalDate());
  }

  private static Duration positief(Duration duur, String naam) {
    Objects.requireNonNull(duur, naam);
    if (duur.isNegative() || duur.isZero()) {
      throw new IllegalStateException("Instelling zsm.termijnen." + naam + " moet positief zijn, niet " + duur + ".");
    }
    return duur;
  }
}
