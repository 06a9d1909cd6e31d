package nl.zsm.hg.contract.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every step's contract, by where the step is: a user task ({@code proces/taak}), the start of a process
 * ({@code proces}) and a message ({@code bericht}). Built once at start-up from the models.
 */
public final class Contracten {

  private final Map<String, Stapcontract> taken = new LinkedHashMap<>();
  private final Map<String, Stapcontract> starts = new LinkedHashMap<>();
  private final Map<String, Stapcontract> berichten = new LinkedHashMap<>();

  public void taak(String proces, String taak, Stapcontract contract) {
    taken.put(proces + "/" + taak, contract);
  }

  public void start(String proces, Stapcontract contract) {
    starts.put(proces, contract);
  }

  public void bericht(String bericht, Stapcontract contract) {
    berichten.put(bericht, contract);
  }

  public Optional<Stapcontract> vanTaak(String proces, String taak) {
    return Optional.ofNullable(taken.get(proces + "/" + taak));
  }

  public Optional<Stapcontract> vanStart(String proces) {
    return Optional.ofNullable(starts.get(proces));
  }

  public Optional<Stapcontract> vanBericht(String bericht) {
    return Optional.ofNullable(berichten.get(bericht));
  }

  public Collection<Stapcontract> taken() {
    return taken.values();
  }

  public Collection<Stapcontract> starts() {
    return starts.values();
  }

  public Collection<Stapcontract> berichten() {
    return berichten.values();
  }
}
