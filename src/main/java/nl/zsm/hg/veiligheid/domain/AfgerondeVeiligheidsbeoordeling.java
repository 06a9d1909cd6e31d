package nl.zsm.hg.veiligheid.domain;

/**
 * A finished veiligheidsbeoordeling as the rest of the case uses it.
 *
 * @param veiligheidsvoorwaarden VT's conditions for the whole system; empty when there is no onveiligheid
 */
public record AfgerondeVeiligheidsbeoordeling(Onveiligheid onveiligheid, String veiligheidsvoorwaarden) {}
