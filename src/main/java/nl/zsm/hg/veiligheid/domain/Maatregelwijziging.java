package nl.zsm.hg.veiligheid.domain;

import java.time.Instant;

/** One change in the life of a registered measure, with the decision that made it. */
public record Maatregelwijziging(long maatregelId, String zaaknummer, Veiligheidsmaatregel soort,
    MaatregelStatus status, String beslissing, String wijziging, Instant tijdstip) {}
