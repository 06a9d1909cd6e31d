package nl.zsm.hg.slachtoffer;

import static nl.zsm.hg.ZaakVariabelen.AFDOENINGSBESLISSING;
import static nl.zsm.hg.ZaakVariabelen.INFORMERENDE_ORGANISATIE;
import static nl.zsm.hg.ZaakVariabelen.SLACHTOFFER_EMAIL;
import static nl.zsm.hg.ZaakVariabelen.SLACHTOFFER_GEMAILD_OP;
import static nl.zsm.hg.ZaakVariabelen.SLACHTOFFER_NAAM;
import static nl.zsm.hg.ZaakVariabelen.SLACHTOFFER_TOESTEMMING_EMAIL;
import static nl.zsm.hg.ZaakVariabelen.ZAAKNUMMER;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.afdoening.Afdoeningsbeslissing;
import nl.zsm.hg.notificatie.MailVerzender;
import nl.zsm.hg.security.Organisatie;
import nl.zsm.hg.veiligheid.Veiligheidsmaatregel;
import nl.zsm.hg.veiligheid.maatregelen.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.maatregelen.MaatregelRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Async service task "E-mail met dezelfde informatie sturen" in slachtofferInformeren; also the gateway's
 * check whether the victim may get e-mail at all ({@code ${slachtofferMailen.toegestaan(execution)}}).
 */
@Component("slachtofferMailen")
public class SlachtofferMailenDelegate implements JavaDelegate {

  private final SlachtofferBericht bericht;
  private final MailVerzender verzender;
  private final MaatregelRegister register;

  public SlachtofferMailenDelegate(SlachtofferBericht bericht, MailVerzender verzender, MaatregelRegister register) {
    this.bericht = bericht;
    this.verzender = verzender;
    this.register = register;
  }

  /** Only with the victim's recorded consent and a known address. */
  public boolean toegestaan(DelegateExecution execution) {
    Object adres = execution.getVariable(SLACHTOFFER_EMAIL);
    return Boolean.TRUE.equals(execution.getVariable(SLACHTOFFER_TOESTEMMING_EMAIL))
        && adres != null && !adres.toString().isBlank();
  }

  @Override
  public void execute(DelegateExecution execution) {
    String zaaknummer = String.valueOf(execution.getVariable(ZAAKNUMMER));
    Object naam = execution.getVariable(SLACHTOFFER_NAAM);
    verzender.verstuur(bericht.opstellen(new SlachtofferBericht.Gegevens(
        execution.getVariable(SLACHTOFFER_EMAIL).toString().trim(),
        naam == null ? null : naam.toString(),
        zaaknummer,
        execution.getVariable(AFDOENINGSBESLISSING) == null ? null
            : Afdoeningsbeslissing.van(execution.getVariable(AFDOENINGSBESLISSING)),
        organisatieNaam(execution.getVariable(INFORMERENDE_ORGANISATIE)),
        laatstePerSoort(register.vanZaak(zaaknummer)))));
    execution.setVariable(SLACHTOFFER_GEMAILD_OP, ClockUtil.getCurrentTime());
  }

  /** A measure imposed at vasthouden/heenzenden and again at the afdoening is explained once, as last decided. */
  static List<Beschermingsmaatregel> laatstePerSoort(List<Beschermingsmaatregel> geregistreerd) {
    Map<Veiligheidsmaatregel, Beschermingsmaatregel> perSoort = new LinkedHashMap<>();
    geregistreerd.forEach(m -> perSoort.put(m.soort(), m));
    return List.copyOf(perSoort.values());
  }

  private static String organisatieNaam(Object groep) {
    return Arrays.stream(Organisatie.values()).filter(o -> o.groupId().equals(String.valueOf(groep)))
        .map(Organisatie::naam).findFirst().orElse(Organisatie.SLACHTOFFERHULP.naam());
  }
}
