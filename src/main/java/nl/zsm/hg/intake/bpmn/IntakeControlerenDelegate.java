package nl.zsm.hg.intake.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.DATUM_VT_MELDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.HETERDAAD;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INDIVIDUELE_BEOORDELING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.KINDEREN_IN_GEZIN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LABEL_HUISELIJK_GEWELD;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.LEEFTIJD_VERDACHTE;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.REGIO;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_EMAIL;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_NAAM;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_TELEFOON;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_TOESTEMMING_CONTACT;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TIJDSTIP_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.TRANSPORT_MINUTEN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VAST;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.VT_MELDING_GEDAAN;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.WAARSCHUWING_AANHOUDING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;
import static nl.zsm.hg.nazorg.domain.NaZsmContract.MINDERJARIG;

import nl.zsm.hg.intake.domain.Intake;
import nl.zsm.hg.intake.domain.IntakeControle;
import nl.zsm.hg.intake.domain.Regio;
import nl.zsm.hg.intake.domain.ZaaknummerRegister;
import nl.zsm.hg.intake.domain.Zaaknummers;
import nl.zsm.hg.invoer.domain.Formulierwaarden;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.security.engine.Commandocontext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Intake controleren en zaaknummer toekennen": checks the intake, sets the zaaknummer as business key. */
@Component("intakeControleren")
public record IntakeControlerenDelegate(IntakeControle controle, Zaaknummers zaaknummers,
    ZaaknummerRegister register) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String opgegeven = Formulierwaarden.tekst(execution.getVariable(ZAAKNUMMER));
    if (opgegeven == null) {
      opgegeven = execution.getProcessBusinessKey();
    }
    try {
      Intake intake = new Intake(
          opgegeven,
          (Boolean) execution.getVariable(VAST),
          (Boolean) execution.getVariable(HETERDAAD),
          Formulierwaarden.tijdstip(execution.getVariable(TIJDSTIP_AANHOUDING), "Tijdstip aanhouding"),
          Formulierwaarden.geheelGetal(execution.getVariable(LEEFTIJD_VERDACHTE), "Leeftijd verdachte"),
          (Boolean) execution.getVariable(LABEL_HUISELIJK_GEWELD),
          (Boolean) execution.getVariable(LABEL_EX_PARTNERSTALKING),
          (Boolean) execution.getVariable(KINDEREN_IN_GEZIN),
          (Boolean) execution.getVariable(VT_MELDING_GEDAAN),
          Formulierwaarden.datum(execution.getVariable(DATUM_VT_MELDING), "Datum VT-melding"),
          Formulierwaarden.geheelGetal(execution.getVariable(TRANSPORT_MINUTEN), "Transporttijd"),
          Formulierwaarden.tekst(execution.getVariable(SLACHTOFFER_NAAM)),
          Formulierwaarden.tekst(execution.getVariable(SLACHTOFFER_TELEFOON)),
          Formulierwaarden.tekst(execution.getVariable(SLACHTOFFER_EMAIL)),
          (Boolean) execution.getVariable(SLACHTOFFER_TOESTEMMING_CONTACT),
          Formulierwaarden.tekst(execution.getVariable(INDIVIDUELE_BEOORDELING)),
          Formulierwaarden.tekst(execution.getVariable(REGIO)));
      controle.controleer(intake);
      String zaaknummer = opgegeven != null ? opgegeven : zaaknummers.nieuw(IntakeControlerenDelegate::bestaatAl);
      if (opgegeven != null && !opgegeven.equals(execution.getProcessBusinessKey()) && bestaatAl(opgegeven)) {
        throw new OngeldigeInvoerException("Er bestaat al een zaak met zaaknummer " + opgegeven + ".");
      }
      register.vastleggen(zaaknummer);
      execution.setProcessBusinessKey(zaaknummer);
      execution.setVariable(ZAAKNUMMER, zaaknummer);
      execution.setVariable(MINDERJARIG, intake.minderjarig());
      execution.setVariable(LEEFTIJD_VERDACHTE, intake.leeftijdVerdachte());
      controle.waarschuwing(intake).ifPresent(tekst -> execution.setVariable(WAARSCHUWING_AANHOUDING, tekst));
      execution.setVariable(REGIO, Regio.vanZaak(intake.regio()).code());
    } catch (ClassCastException fout) {
      throw new OngeldigeInvoerException(
          "Een ja/nee-veld van de intake heeft geen ja/nee-waarde (Boolean).");
    }
  }

  /** Looks across all cases, also those the current user may not see. */
  private static boolean bestaatAl(String zaaknummer) {
    return Commandocontext.zonderAutorisatie(() ->
        Commandocontext.historie().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(zaaknummer).count() > 0);
  }
}
