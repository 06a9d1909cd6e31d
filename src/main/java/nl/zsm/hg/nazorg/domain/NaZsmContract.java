package nl.zsm.hg.nazorg.domain;

import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import nl.zsm.hg.veiligheid.domain.VtVeiligheidsbeoordelingContract;

/**
 * Contract of the process {@code naZsm} ({@code processes/na-zsm.bpmn}):
 * de processtappen na ZSM (advies voor de rechter, uitspraak, toezicht).
 * The names of its process variables and messages; BPMN expressions, DMN, Camunda Forms, REST clients and
 * other systems use exactly these strings, so they do not change.
 *
 * <p>Rule: a name is defined once, with its value, in the contract of the process where it is first set.
 * Every other name this process has in its contract (a form field, a field of its contract.json, an
 * in/out mapping of a call activity) refers to the constant of its owner. Code imports a name from its
 * owner, one static import per name. {@code ProcescontractenTest} checks completeness and values;
 * {@code tools/contracten_splitsen.py} created this class (docs/bibliotheken-en-contracten.md).
 */
public final class NaZsmContract {

  private NaZsmContract() {}

  // --- first set in this process ---
  public static final String MINDERJARIG = "minderjarig";
  // na ZSM (L920-1000)
  /** Message from the court: the judge's decision, correlated by business key (zaaknummer). */
  public static final String BERICHT_UITSPRAAK_RECHTER = "UitspraakRechter";
  /** STRAFRECHTELIJK_DEEL_BEEINDIGD or TOEZICHT. */
  public static final String UITSPRAAK_RECHTER = "uitspraakRechter";
  public static final String UITSPRAAK_TOELICHTING = "uitspraakToelichting";
  public static final String ACTUELE_SITUATIE_GEZIN = "actueleSituatieGezin";
  public static final String ADVIES_RECHTER = "adviesRechter";
  public static final String VT_VERVOLG_NA_UITSPRAAK = "vtVervolgNaUitspraak";
  public static final String TOEZICHT_AFSPRAKEN = "toezichtAfspraken";
  // naZsm, minderjarige: de RvdK draagt het toezicht over aan de jeugdreclassering (L1428-1436)
  public static final String JEUGDRECLASSERING = "jeugdreclassering";
  public static final String OVERDRACHT_JEUGDRECLASSERING = "overdrachtJeugdreclassering";

  // --- owned by another process, used here (same value) ---
  public static final String ADVISEUR_GROEP = ZsmHuiselijkGeweldContract.ADVISEUR_GROEP;
  public static final String AFDOENINGSBESLISSING = ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
  public static final String VEILIGHEIDSVOORWAARDEN = VtVeiligheidsbeoordelingContract.VEILIGHEIDSVOORWAARDEN;
  public static final String ZAAKNUMMER = ZsmHuiselijkGeweldContract.ZAAKNUMMER;
}
