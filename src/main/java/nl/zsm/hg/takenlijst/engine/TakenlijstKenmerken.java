package nl.zsm.hg.takenlijst.engine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task list shows of the case next to each task, as people at the ZSM table say it: the zaaknummer, vastzaak or
 * niet-vastzaak, the label (HG, ex-partnerstalking) and the deadline as a clock time in Europe/Amsterdam.
 * Stored as task-local variables when the task is created, so that every Tasklist filter can show them
 * (docs/tasklist-en-cockpit.md).
 */
public final class TakenlijstKenmerken {

  /**
   * The zaaknummer (the case's business key) on the task itself: people who may work on a task but not read the
   * whole case (least privilege) see task variables, not process variables, in their task list.
   */
  public static final String ZAAKNUMMER = "takenlijstZaaknummer";
  public static final String ZAAKSOORT = "zaakSoort";
  public static final String ZAAKLABEL = "zaakLabel";
  public static final String TERMIJN_TOT = "termijnTot";

  private static final DateTimeFormatter TERMIJN = DateTimeFormatter.ofPattern("HH:mm 'op' dd-MM-yyyy");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private TakenlijstKenmerken() {}

  /** Sets the three list variables on the task; a fact the case does not know is left out. */
  static void zetOp(DelegateTask taak) {
    String zaaknummer = taak.getExecution() == null ? null : taak.getExecution().getProcessBusinessKey();
    if (zaaknummer != null) {
      taak.setVariableLocal(ZAAKNUMMER, zaaknummer);
    }
    String soort = zaakSoort(vanDeZaak(taak, ZsmHuiselijkGeweldContract.VAST));
    if (soort != null) {
      taak.setVariableLocal(ZAAKSOORT, soort);
    }
    String label = zaakLabel(vanDeZaak(taak, ZsmHuiselijkGeweldContract.LABEL_HUISELIJK_GEWELD),
        vanDeZaak(taak, ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING));
    if (label != null) {
      taak.setVariableLocal(ZAAKLABEL, label);
    }
    if (taak.getDueDate() != null) {
      taak.setVariableLocal(TERMIJN_TOT, termijn(taak.getDueDate()));
    }
  }

  /**
   * The fact as the task sees it, or else as the case knows it: a called process receives only what it needs
   * (need-to-know), so its tasks look up the calling chain for these list facts.
   */
  private static Object vanDeZaak(DelegateTask taak, String naam) {
    Object waarde = taak.getVariable(naam);
    org.camunda.bpm.engine.delegate.DelegateExecution aanroeper =
        taak.getExecution() == null ? null : taak.getExecution().getProcessInstance().getSuperExecution();
    while (waarde == null && aanroeper != null) {
      waarde = aanroeper.getVariable(naam);
      aanroeper = aanroeper.getProcessInstance().getSuperExecution();
    }
    return waarde;
  }

  static String zaakSoort(Object vast) {
    if (vast instanceof Boolean b) {
      return b ? "vastzaak" : "niet-vastzaak";
    }
    return null;
  }

  static String zaakLabel(Object huiselijkGeweld, Object exPartnerstalking) {
    boolean hg = Boolean.TRUE.equals(huiselijkGeweld);
    boolean stalking = Boolean.TRUE.equals(exPartnerstalking);
    if (hg && stalking) {
      return "HG en ex-partnerstalking";
    }
    if (hg) {
      return "HG";
    }
    return stalking ? "ex-partnerstalking" : null;
  }

  static String termijn(Date termijn) {
    return TERMIJN.format(termijn.toInstant().atZone(AMSTERDAM));
  }
}
