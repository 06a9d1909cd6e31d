package nl.zsm.hg.privacy.domain;

import java.util.Map;
import java.util.Set;

/**
 * Traces the ids a request names to their case, many at once (one query per kind of id), without the user's
 * authorizations: the access log also records attempts on cases the user may not see. Each answer holds only
 * what was found; an id that is unknown is left out.
 */
@FunctionalInterface
public interface Zaakherleider {

  /** What an id is that the tracer is asked about, and what it answers with. */
  enum Soort {
    /** Task id -> process instance id (also for a completed task). */
    TAAK,
    /** Execution id -> process instance id (running executions). */
    EXECUTIE,
    /** Variable id -> process instance id (also for a variable of a finished case). */
    VARIABELE,
    /** Process instance id -> zaaknummer (the business key of its root process, else its own). */
    ZAAKNUMMER
  }

  /** The answer for each id of this kind that was found. */
  Map<String, String> herleid(Soort soort, Set<String> ids);

  /** Traces nothing: the log keeps what the request itself named. */
  Zaakherleider GEEN = (soort, ids) -> Map.of();
}
