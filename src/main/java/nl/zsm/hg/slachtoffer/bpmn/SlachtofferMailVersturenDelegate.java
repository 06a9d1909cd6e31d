package nl.zsm.hg.slachtoffer.bpmn;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.AFDOENINGSBESLISSING;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.INFORMERENDE_ORGANISATIE;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_EMAIL;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.SLACHTOFFER_NAAM;
import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;
import static nl.zsm.hg.slachtoffer.domain.SlachtofferInformerenContract.SLACHTOFFER_GEMAILD_OP;

import nl.zsm.hg.afdoening.domain.Afdoeningsbeslissing;
import nl.zsm.hg.notificatie.domain.MailVerzender;
import nl.zsm.hg.slachtoffer.domain.MaatregelenVoorSlachtoffer;
import nl.zsm.hg.slachtoffer.domain.SlachtofferBericht;
import nl.zsm.hg.tijd.Engineklok;
import nl.zsm.hg.veiligheid.domain.Maatregelstand;
import nl.zsm.hg.veiligheid.domain.UitkomstVoorgeleiding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Async service task "E-mail met dezelfde informatie aan het slachtoffer" in zsmEmailVersturen: sends it. */
@Component("slachtofferMailVersturen")
public record SlachtofferMailVersturenDelegate(SlachtofferBericht bericht, MailVerzender verzender,
    Maatregelstand maatregelstand) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String zaaknummer = String.valueOf(execution.getVariable(ZAAKNUMMER));
    Object naam = execution.getVariable(SLACHTOFFER_NAAM);
    // before any afdoening (the suspect was released at the custody decision) there is no afdoeningsbeslissing yet
    Object afdoening = execution.getVariable(AFDOENINGSBESLISSING);
    Afdoeningsbeslissing beslissing = afdoening == null ? null : Afdoeningsbeslissing.van(afdoening);
    // after a voorgeleiding the news is the RC's outcome (Spreekuur huiselijk geweld L4368-4375)
    UitkomstVoorgeleiding rc = UitkomstVoorgeleiding.vanZaak(execution.getVariable(UitkomstVoorgeleiding.VARIABELE));
    // only what is in force now, each once; and what this decision ended
    Maatregelstand.Stand stand = maatregelstand.vandaag(zaaknummer,
        rc != null ? rc.beslissing() : beslissing == null ? null : beslissing.name());
    SlachtofferBericht.Gegevens gegevens = new SlachtofferBericht.Gegevens(
        execution.getVariable(SLACHTOFFER_EMAIL).toString().trim(),
        naam == null ? null : naam.toString(),
        zaaknummer,
        beslissing,
        SlachtofferMailenDelegate.organisatieNaam(execution.getVariable(INFORMERENDE_ORGANISATIE)),
        MaatregelenVoorSlachtoffer.laatstePerSoort(stand.vanKracht()), stand.beeindigd());
    verzender.verstuur(rc == null ? bericht.opstellen(gegevens) : bericht.opstellen(gegevens, rc.uitlegSlachtoffer()));
    execution.setVariable(SLACHTOFFER_GEMAILD_OP, Engineklok.nuAlsDatum());
  }
}
