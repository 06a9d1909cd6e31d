package nl.zsm.hg.termijnen;

/** The REST answer for an error: {@code {"status": 400, "melding": "..."}}, in Dutch. */
public record Foutmelding(int status, String melding) {}
