package nl.zsm.hg.notificatie;

import static nl.zsm.hg.ZaakVariabelen.ADVISEUR_GROEP;
import static nl.zsm.hg.ZaakVariabelen.AFDOENINGSBESLISSING;
import static nl.zsm.hg.ZaakVariabelen.PARTNERS_GEMAILD_OP;
import static nl.zsm.hg.ZaakVariabelen.TOELICHTING_AFDOENING;
import static nl.zsm.hg.ZaakVariabelen.ZAAKNUMMER;

import nl.zsm.hg.afdoening.Afdoeningsbeslissing;
import nl.zsm.hg.veiligheid.maatregelen.MaatregelRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Async service task "Veilig Thuis en ZSM-partners mailen" in the process zsmEmailVersturen: sends the e-mail. */
@Component("partnersMailVersturen")
public class PartnersMailVersturenDelegate implements JavaDelegate {

  private final BeslissingsBericht bericht;
  private final MailVerzender verzender;
  private final MaatregelRegister register;

  public PartnersMailVersturenDelegate(BeslissingsBericht bericht, MailVerzender verzender, MaatregelRegister register) {
    this.bericht = bericht;
    this.verzender = verzender;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String zaaknummer = String.valueOf(execution.getVariable(ZAAKNUMMER));
    Object toelichting = execution.getVariable(TOELICHTING_AFDOENING);
    Object adviseurGroep = execution.getVariable(ADVISEUR_GROEP);
    verzender.verstuur(bericht.opstellen(new BeslissingsBericht.Gegevens(zaaknummer,
        Afdoeningsbeslissing.van(execution.getVariable(AFDOENINGSBESLISSING)),
        toelichting == null ? null : toelichting.toString(),
        adviseurGroep == null ? null : adviseurGroep.toString(),
        register.vanZaak(zaaknummer))));
    execution.setVariable(PARTNERS_GEMAILD_OP, ClockUtil.getCurrentTime());
  }
}
