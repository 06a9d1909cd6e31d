package nl.zsm.hg.veiligheid.maatregelen;

import nl.zsm.hg.termijnen.Amsterdam;
import nl.zsm.hg.invoer.Formulierwaarden;
import static nl.zsm.hg.ZaakVariabelen.AFDOENINGSBESLISSING;
import static nl.zsm.hg.ZaakVariabelen.GEREGISTREERDE_MAATREGELEN;
import static nl.zsm.hg.ZaakVariabelen.MAATREGEL_EINDDATUM;
import static nl.zsm.hg.ZaakVariabelen.MAATREGEL_GEBIED;
import static nl.zsm.hg.ZaakVariabelen.MAATREGEL_INGANGSDATUM;
import static nl.zsm.hg.ZaakVariabelen.MAATREGEL_BRON;
import static nl.zsm.hg.ZaakVariabelen.MAATREGEL_VOORWAARDEN;
import static nl.zsm.hg.ZaakVariabelen.ZAAKNUMMER;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import nl.zsm.hg.invoer.Invoerfouten;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import nl.zsm.hg.veiligheid.Maatregelkeuze;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Directe beschermingsmaatregelen registreren" (after vasthouden/heenzenden, input parameter
 * {@code maatregelBron}) and "Beschermingsmaatregelen registreren" (after the afdoeningsbeslissing): they run in
 * the transaction of the OvJ's decision, so the measures are registered the moment they are imposed, or the
 * decision is refused as a whole.
 */
@Component("maatregelenRegistreren")
public class MaatregelenRegistrerenDelegate implements JavaDelegate {

  private final MaatregelRegistratie registratie;

  public MaatregelenRegistrerenDelegate(MaatregelRegistratie registratie) {
    this.registratie = registratie;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date nu = ClockUtil.getCurrentTime();
    List<Beschermingsmaatregel> maatregelen;
    try {
      Maatregelkeuze keuze = Maatregelkeuze.lees(execution);
      maatregelen = registratie.registreer(
          String.valueOf(execution.getVariable(ZAAKNUMMER)),
          bron(execution),
          keuze.gekozen(),
          new MaatregelRegistratie.Details(Formulierwaarden.tekst(execution.getVariable(MAATREGEL_VOORWAARDEN)),
              Formulierwaarden.tekst(execution.getVariable(MAATREGEL_GEBIED)),
              Formulierwaarden.datum(execution.getVariable(MAATREGEL_INGANGSDATUM), "Ingangsdatum"),
              Formulierwaarden.datum(execution.getVariable(MAATREGEL_EINDDATUM), "Einddatum"),
              keuze.opgelegdOp()),
          LocalDate.ofInstant(nu.toInstant(), Amsterdam.ZONE), nu.toInstant());
    } catch (OngeldigeInvoerException fout) {
      throw Invoerfouten.naarEngine(fout);
    }
    execution.setVariable(GEREGISTREERDE_MAATREGELEN, maatregelen.size());
  }

  /** The decision that imposed the measures: the task's {@code maatregelBron}, else the afdoeningsbeslissing. */
  private static String bron(DelegateExecution execution) {
    Object bron = execution.getVariableLocal(MAATREGEL_BRON);
    return String.valueOf(bron != null ? bron : execution.getVariable(AFDOENINGSBESLISSING));
  }


}
