package nl.zsm.hg.privacy.domain;

import java.util.Map;
import java.util.Set;

/**
 * Traces the ids a request names to their case, many at once (one query per kind of id), without the user's
 * authorizations: the access log also records attempts on cases the user may not see. Each answer holds only
 * what was found; an id that is unknown is left out.
 */
public interface Zaakherleider {

  /** Task id -> process instance id (also for a completed task). */
  Map<String, String> procesInstantiesVanTaken(Set<String> taakIds);

  /** Execution id -> process instance id (running executions). */
  Map<String, String> procesInstantiesVanExecuties(Set<String> executieIds);

  /** Variable id -> process instance id (also for a variable of a finished case). */
  Map<String, String> procesInstantiesVanVariabelen(Set<String> variabeleIds);

  /** Process instance id -> zaaknummer (the business key of its root process, else its own). */
  Map<String, String> zaaknummers(Set<String> procesInstantieIds);

  /** Traces nothing: the log keeps what the request itself named. */
  Zaakherleider GEEN = new Zaakherleider() {
    @Override
    public Map<String, String> procesInstantiesVanTaken(Set<String> taakIds) {
      return Map.of();
    }

    @Override
    public Map<String, String> procesInstantiesVanExecuties(Set<String> executieIds) {
      return Map.of();
    }

    @Override
    public Map<String, String> procesInstantiesVanVariabelen(Set<String> variabeleIds) {
      return Map.of();
    }

    @Override
    public Map<String, String> zaaknummers(Set<String> procesInstantieIds) {
      return Map.of();
    }
  };
}
