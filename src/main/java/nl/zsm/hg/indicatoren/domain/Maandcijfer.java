package nl.zsm.hg.indicatoren.domain;

import java.time.YearMonth;
import nl.zsm.hg.intake.domain.Regio;

/** One stored aggregate: an indicator of one month and region, as computed before the case history was cleaned up. */
public record Maandcijfer(YearMonth maand, Regio regio, String code, Double waarde, int aantalZaken) {}
