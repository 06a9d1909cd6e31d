package nl.zsm.hg.afdoening.domain;

import java.util.Set;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.security.domain.Organisatie;
import org.springframework.stereotype.Service;

/**
 * Checks the advice (the delegate stores it). Only reclassering (adult suspect) or RvdK (minor suspect, Bijlage III
 * L1325-1328) advise.
 */
@Service
public class AdviesRegistratie {

  static final Set<String> ADVISERENDE_GROEPEN =
      Set.of(Organisatie.RECLASSERING.groupId(), Organisatie.RVDK.groupId());

  /** Checks the advice from the form and returns it; records nothing (the process variables do). */
  public Advies toets(String adviseurGroep, String tekst, String afdoening, String bijzondereVoorwaarden) {
    if (adviseurGroep == null || !ADVISERENDE_GROEPEN.contains(adviseurGroep)) {
      throw new OngeldigeInvoerException("Alleen de reclassering of de Raad voor de Kinderbescherming brengt advies uit, niet '"
          + adviseurGroep + "'.");
    }
    if (tekst == null || tekst.isBlank()) {
      throw new OngeldigeInvoerException("Vul het advies in.");
    }
    AdviesAfdoening adviesAfdoening = AdviesAfdoening.vanCode(afdoening);
    String voorwaarden = bijzondereVoorwaarden == null ? "" : bijzondereVoorwaarden.trim();
    return new Advies(tekst.trim(), adviesAfdoening, voorwaarden, adviseurGroep);
  }
}
