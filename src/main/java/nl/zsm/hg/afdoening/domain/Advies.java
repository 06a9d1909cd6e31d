package nl.zsm.hg.afdoening.domain;

/**
 * The advice of reclassering or RvdK to OvJ, RC or judge (L835-842, L1296-1303).
 *
 * @param uitgebrachtDoor group id of the advising organisation
 */
public record Advies(String tekst, AdviesAfdoening afdoening, String bijzondereVoorwaarden, String uitgebrachtDoor) {}
