package nl.zsm.hg.veiligheid.engine;

import static nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract.ZAAKNUMMER;
import static nl.zsm.hg.veiligheid.domain.OvertredingBeoordelenContract.MAATREGEL_ID;
import static nl.zsm.hg.veiligheid.domain.OvertredingBeoordelenContract.MAATREGEL_OMSCHRIJVING;
import static nl.zsm.hg.veiligheid.domain.OvertredingBeoordelenContract.OVERTREDING_GEMELD_DOOR;
import static nl.zsm.hg.veiligheid.domain.OvertredingBeoordelenContract.OVERTREDING_TIJDSTIP;
import static nl.zsm.hg.veiligheid.domain.OvertredingBeoordelenContract.OVERTREDING_TOELICHTING;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.security.engine.Engineaanmelding;
import nl.zsm.hg.veiligheid.domain.Beschermingsmaatregel;
import nl.zsm.hg.veiligheid.domain.MaatregelRegister;
import nl.zsm.hg.veiligheid.domain.MaatregelStatus;
import nl.zsm.hg.veiligheid.domain.Overtredingsmelding;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a reported breach and tells the OM, in one transaction: the measure gets status OVERTREDEN with the report
 * in its history, and the process {@value #PROCES} starts (business key = zaaknummer) with the task "Overtreding
 * beoordelen" for group om. A separate process and not a message to the case: a breach is also reported after the
 * case has ended, and then there is no case to correlate with; so the OM gets the same task on every path.
 *
 * <p>The process starts without the caller's engine authorization: the police may report, not start processes or
 * read the OM's task (the check who may report is done by the controller).
 */
@Component
public class OvertredingAanOm {

  public static final String PROCES = "overtredingBeoordelen";

  private final MaatregelRegister register;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public OvertredingAanOm(MaatregelRegister register, RuntimeService runtimeService, IdentityService identityService) {
    this.register = register;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @Transactional
  public Beschermingsmaatregel meld(Beschermingsmaatregel maatregel, Overtredingsmelding melding,
      java.time.Instant nu) {
    Beschermingsmaatregel overtreden = register.wijzigStatus(maatregel, MaatregelStatus.OVERTREDEN,
        melding.beslissing(), nu, melding.historieregel());
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put(ZAAKNUMMER, maatregel.zaaknummer());
    variabelen.put(MAATREGEL_ID, maatregel.id());
    variabelen.put(MAATREGEL_OMSCHRIJVING, maatregel.omschrijving()
        + (maatregel.gebied() == null || maatregel.gebied().isBlank() ? "" : " (gebied: " + maatregel.gebied() + ")"));
    variabelen.put(OVERTREDING_TIJDSTIP, Overtredingsmelding.weergave(melding.tijdstip()));
    variabelen.put(OVERTREDING_TOELICHTING, melding.toelichting().trim());
    variabelen.put(OVERTREDING_GEMELD_DOOR, melding.gemeldDoor());
    Engineaanmelding.zonderAutorisatie(identityService,
        () -> runtimeService.startProcessInstanceByKey(PROCES, maatregel.zaaknummer(), variabelen));
    return overtreden;
  }
}
