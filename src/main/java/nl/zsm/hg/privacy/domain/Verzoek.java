package nl.zsm.hg.privacy.domain;

import java.time.Instant;

/**
 * One access as the request names it, before its case is traced: the ids from the path or the query
 * ({@code zaaknummer} is one the request named itself, e.g. a business key in the query). The access log traces
 * the case behind the request ({@link Zaakherleiding}), so a request does no query for it.
 */
public record Verzoek(Instant tijdstip, String gebruiker, String methode, String padfamilie, String taakId,
    String procesInstantieId, String executieId, String variabeleId, String zaaknummer, int status) {}
