package nl.zsm.hg.termijnen.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;

/**
 * Contract of the process {@code zsmTermijnsignalering} ({@code processes/termijnsignalering.bpmn}):
 * de termijnsignalering (waarschuwing en overschrijding) voor de supervisor.
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class ZsmTermijnsignaleringContract {

  private ZsmTermijnsignaleringContract() {}

  // --- first set in this process ---
  // local variables of a warning or escalation task (input mapping in the model)
  /** Which deadline, in Dutch, e.g. "ophouden voor onderzoek (art. 56a Sv)". */
  public static final String TERMIJN = "termijn";
  /** When it ends, as text "20:00 op 25-11-2026". */
  public static final String TERMIJN_UITERLIJK = "termijnUiterlijk";
  public static final String TERMIJN_UITLEG = "termijnUitleg";
  /** What the supervisor did about an overschrijding (form of "Termijn overschreden: ..."). */
  public static final String TERMIJN_AFHANDELING = "termijnAfhandeling";
  /** Which signal this instance is, e.g. waarschuwingOphouden or ophoudenOverschreden (in-mapping). */
  public static final String SIGNAAL = "signaal";
  /** Date: the end of the deadline itself (the task's due date). */
  public static final String TERMIJN_EINDE = "termijnEinde";

  // --- owned by another process, used here (same value) ---
  public static final String INVERZEKERINGSTELLING_VERLENGD = ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_VERLENGD;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
