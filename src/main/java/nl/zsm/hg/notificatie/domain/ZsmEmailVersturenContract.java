package nl.zsm.hg.notificatie.domain;

/**
 * Contract of the process {@code zsmEmailVersturen} ({@code processes/email-versturen.bpmn}):
 * het versturen van de e-mails van een zaak.
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class ZsmEmailVersturenContract {

  private ZsmEmailVersturenContract() {}

  // --- first set in this process ---
  public static final String PARTNERS_GEMAILD_OP = "partnersGemaildOp";
}
