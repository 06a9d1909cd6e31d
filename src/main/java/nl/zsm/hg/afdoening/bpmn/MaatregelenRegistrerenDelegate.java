package nl.zsm.hg.afdoening.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.GEREGISTREERDE_MAATREGELEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INVERZEKERINGSTELLING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.MAATREGEL_BRON;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.MAATREGEL_EINDDATUM;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.MAATREGEL_GEBIED;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.MAATREGEL_INGANGSDATUM;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.MAATREGEL_VOORWAARDEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.PLANDATUM;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VOORGELEIDING_UITERLIJK;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VRIJHEIDSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.tijd.Amsterdam;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.MaatregelRegistratie;
import nl.zsm.hg.veiligheid.domain.Maatregelkeuze;
import nl.zsm.hg.veiligheid.domain.Vrijheidsbeslissing;
import nl.zsm.hg.veiligheid.domain.Zaakregio;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Directe beschermingsmaatregelen registreren" (after vasthouden/heenzenden, input parameter
 * {@code maatregelBron}) and "Beschermingsmaatregelen registreren" (after the afdoeningsbeslissing): they run in
 * the transaction of the OvJ's decision, so the measures are registered the moment they are imposed, or the
 * decision is refused as a whole.
 */
@Component("maatregelenRegistreren")
public record MaatregelenRegistrerenDelegate(MaatregelRegistratie registratie,
    Zaakregio zaakregio) implements JavaDelegate {

  /** The value of the input parameter {@code maatregelBron} of "Directe beschermingsmaatregelen registreren". */
  static final String VRIJHEIDSBENEMING = "VRIJHEIDSBENEMING";

  @Override
  public void execute(DelegateExecution execution) {
    Date nu = Engineklok.nuAlsDatum();
    List<Beschermingsmaatregel> maatregelen;
    Maatregelkeuze keuze = Maatregelkeuze.lees(execution::getVariable);
    maatregelen = registratie.registreer(
        String.valueOf(execution.getVariable(ZAAKNUMMER)),
        bron(execution),
        keuze.gekozen(),
        new MaatregelRegistratie.Details(Formulierwaarden.tekst(execution.getVariable(MAATREGEL_VOORWAARDEN)),
            Formulierwaarden.tekst(execution.getVariable(MAATREGEL_GEBIED)),
            Formulierwaarden.datum(execution.getVariable(MAATREGEL_INGANGSDATUM), "Ingangsdatum"),
            Formulierwaarden.datum(execution.getVariable(MAATREGEL_EINDDATUM), "Einddatum"),
            keuze.opgelegdOp()),
        gevolgen(execution),
        LocalDate.ofInstant(nu.toInstant(), Amsterdam.ZONE), nu.toInstant()).geregistreerd();
    // the police register is read per region (docs/slachtoffer.md, Politie per regio)
    zaakregio.vastleggen(String.valueOf(execution.getVariable(ZAAKNUMMER)),
        nl.zsm.hg.intake.domain.Regio.vanZaak(execution.getVariable(nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.REGIO)));
    execution.setVariable(GEREGISTREERDE_MAATREGELEN, maatregelen.size());
  }

  /**
   * What the decision means for the measures registered before: the vrijheidsbeslissing (task input
   * {@code maatregelBron} VRIJHEIDSBENEMING) releases with HEENZENDEN; an afdoeningsbeslissing releases unless it is a
   * voorgeleiding, ends the criminal case with a sepot and has the plandatum as review date.
   */
  static MaatregelRegistratie.Gevolgen gevolgen(DelegateExecution execution) {
    LocalDate vrijheidsbenemingTot = Formulierwaarden.datum(execution.getVariable(INVERZEKERINGSTELLING_UITERLIJK),
        "Einde inverzekeringstelling");
    if (vrijheidsbenemingTot == null) {
      vrijheidsbenemingTot = Formulierwaarden.datum(execution.getVariable(VOORGELEIDING_UITERLIJK), "Uiterlijke voorgeleiding");
    }
    if (VRIJHEIDSBENEMING.equals(execution.getVariableLocal(MAATREGEL_BRON))) {
      Object vrijheidsbeslissing = execution.getVariable(VRIJHEIDSBESLISSING);
      boolean vrij = vrijheidsbeslissing != null && Vrijheidsbeslissing.van(vrijheidsbeslissing).vrijlating();
      return new MaatregelRegistratie.Gevolgen(vrij, false, null, vrijheidsbenemingTot);
    }
    Object afdoening = execution.getVariable(AFDOENINGSBESLISSING);
    if (afdoening == null) {
      return new MaatregelRegistratie.Gevolgen(false, false, null, vrijheidsbenemingTot);
    }
    Afdoeningsbeslissing beslissing = Afdoeningsbeslissing.van(afdoening);
    LocalDate herziening = beslissing == Afdoeningsbeslissing.PLANDATUM
        ? Formulierwaarden.datum(execution.getVariable(PLANDATUM), "Plandatum") : null;
    return new MaatregelRegistratie.Gevolgen(beslissing.vrijlating(), beslissing.isSepot(), herziening,
        vrijheidsbenemingTot);
  }

  /** The decision that imposed the measures: the task's {@code maatregelBron}, else the afdoeningsbeslissing. */
  private static String bron(DelegateExecution execution) {
    Object bron = execution.getVariableLocal(MAATREGEL_BRON);
    return String.valueOf(bron != null ? bron : execution.getVariable(AFDOENINGSBESLISSING));
  }

}
