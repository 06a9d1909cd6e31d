package nl.zsm.hg.veiligheid.maatregelen;

import java.time.Instant;
import nl.zsm.hg.veiligheid.Veiligheidsmaatregel;

/** One change in the life of a registered measure, with the decision that made it. */
public record Maatregelwijziging(long maatregelId, String zaaknummer, Veiligheidsmaatregel soort,
    MaatregelStatus status, String beslissing, String wijziging, Instant tijdstip) {}
