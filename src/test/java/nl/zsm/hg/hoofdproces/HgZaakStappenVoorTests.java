package nl.zsm.hg.hoofdproces;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** For tests outside this package: a case walked up to just after the OvJ's afdoeningsbeslissing. */
public final class HgZaakStappenVoorTests {

  private HgZaakStappenVoorTests() {}

  /** An adult's case, sepot 02: the decision is carried out (mail, adviser, VT overdracht, victim) in parallel. */
  public static ProcessInstance naAfdoeningsbeslissing(ProcessEngine engine) {
    HgZaakStappen stappen = new HgZaakStappen(engine);
    ProcessInstance zaak = stappen.naarAfdoeningsbeslissing();
    Map<String, Object> v = new HashMap<>();
    v.put("afdoeningsbeslissing", "SEPOT_02");
    v.put("toelichtingAfdoening", "Onvoldoende bewijs.");
    v.put("veiligheidsmaatregelen", HgZaakStappen.maatregelen());
    stappen.voltooi(zaak, "Task_Afdoeningsbeslissing", "om", v);
    return zaak;
  }
}
