package nl.zsm.hg.veiligheid.domain;

import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.springframework.stereotype.Service;

/**
 * Closes VT's veiligheidsbeoordeling: when VT found acute and/or structural onveiligheid, VT must have
 * written veiligheidsvoorwaarden for the whole system (L284-288, L759-765).
 */
@Service
public class VeiligheidsbeoordelingAfronding {

  public AfgerondeVeiligheidsbeoordeling afronden(String onveiligheidCode, String veiligheidsvoorwaarden) {
    Onveiligheid onveiligheid = Onveiligheid.vanCode(onveiligheidCode);
    String voorwaarden = veiligheidsvoorwaarden == null ? "" : veiligheidsvoorwaarden.trim();
    if (onveiligheid.vraagtOmVeiligheidsvoorwaarden() && voorwaarden.isEmpty()) {
      throw new OngeldigeInvoerException(
          "Bij acute of structurele onveiligheid stelt Veilig Thuis veiligheidsvoorwaarden op; vul de veiligheidsvoorwaarden in.");
    }
    return new AfgerondeVeiligheidsbeoordeling(onveiligheid, voorwaarden);
  }
}
