package nl.zsm.hg.nazorg;

import static nl.zsm.hg.ZaakVariabelen.ADVIES;
import static nl.zsm.hg.ZaakVariabelen.ADVIES_AFDOENING;
import static nl.zsm.hg.ZaakVariabelen.ADVIES_UITGEBRACHT_DOOR;
import static nl.zsm.hg.ZaakVariabelen.ADVISEUR_GROEP;
import static nl.zsm.hg.ZaakVariabelen.MELDCODE_STAPPEN;
import static nl.zsm.hg.ZaakVariabelen.REFERENTIEONDERZOEK;
import static nl.zsm.hg.ZaakVariabelen.TOESTEMMING_CONTACT_VT;

import nl.zsm.hg.invoer.Invoerfouten;
import nl.zsm.hg.invoer.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Spreekuuradvies vastleggen": checks the advice and records who gave it. */
@Component("spreekuurAdviesVastleggen")
public class SpreekuurAdviesVastleggenDelegate implements JavaDelegate {

  private final SpreekuurAdvies spreekuurAdvies;

  public SpreekuurAdviesVastleggenDelegate(SpreekuurAdvies spreekuurAdvies) {
    this.spreekuurAdvies = spreekuurAdvies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      spreekuurAdvies.toets(execution.getVariable(TOESTEMMING_CONTACT_VT), tekst(execution, MELDCODE_STAPPEN),
          tekst(execution, REFERENTIEONDERZOEK), tekst(execution, ADVIES), tekst(execution, ADVIES_AFDOENING));
    } catch (OngeldigeInvoerException fout) {
      throw Invoerfouten.naarEngine(fout);
    }
    execution.setVariable(ADVIES_AFDOENING, tekst(execution, ADVIES_AFDOENING).trim());
    execution.setVariable(ADVIES_UITGEBRACHT_DOOR, tekst(execution, ADVISEUR_GROEP));
  }

  private static String tekst(DelegateExecution execution, String naam) {
    Object waarde = execution.getVariable(naam);
    return waarde == null ? null : waarde.toString();
  }
}
