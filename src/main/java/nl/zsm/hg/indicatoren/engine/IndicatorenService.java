package nl.zsm.hg.indicatoren.engine;

import java.util.List;
import java.util.Optional;
import nl.zsm.hg.indicatoren.domain.Indicator;
import nl.zsm.hg.indicatoren.domain.IndicatorBerekening;
import nl.zsm.hg.indicatoren.domain.OngeldigePeriodeException;
import nl.zsm.hg.indicatoren.domain.Periode;
import nl.zsm.hg.indicatoren.domain.Zaakverloop;
import nl.zsm.hg.intake.domain.Regio;
import nl.zsm.hg.tijd.Engineklok;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The indicators of a period, for all regions or one, with small cells suppressed. */
@Service
public class IndicatorenService {

  private final ZaakverloopHistorie historie;
  private final int minimumAantalZaken;

  public IndicatorenService(ZaakverloopHistorie historie,
      @Value("${zsm.indicatoren.minimum-aantal-zaken:5}") int minimumAantalZaken) {
    if (minimumAantalZaken < 1) {
      throw new IllegalStateException("zsm.indicatoren.minimum-aantal-zaken moet minstens 1 zijn (nu " + minimumAantalZaken + ").");
    }
    this.historie = historie;
    this.minimumAantalZaken = minimumAantalZaken;
  }

  public int minimumAantalZaken() {
    return minimumAantalZaken;
  }

  public List<Indicator> bereken(Periode periode, Optional<Regio> regio) {
    return bereken(periode, regio, minimumAantalZaken);
  }

  /** With an explicit minimum (0: nothing suppressed), for tests and for the monthly aggregate. */
  public List<Indicator> bereken(Periode periode, Optional<Regio> regio, int minimum) {
    List<Zaakverloop> zaken = historie.lees(periode).stream()
        .filter(z -> regio.map(r -> r == z.regio()).orElse(true)).toList();
    return IndicatorBerekening.bereken(zaken, minimum, Engineklok.nu());
  }

  /** Every region (also "onbekend") from one reading of the history; for the monthly aggregate. */
  public java.util.Map<Regio, List<Indicator>> perRegio(Periode periode, int minimum) {
    List<Zaakverloop> zaken = historie.lees(periode);
    java.time.Instant nu = Engineklok.nu();
    java.util.Map<Regio, List<Indicator>> uitkomst = new java.util.EnumMap<>(Regio.class);
    for (Regio regio : Regio.values()) {
      uitkomst.put(regio, IndicatorBerekening.bereken(zaken.stream().filter(z -> z.regio() == regio).toList(), minimum, nu));
    }
    return uitkomst;
  }

  /** The region parameter: empty for all regions; an unknown code is refused in Dutch. */
  public static Optional<Regio> regio(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Regio.vanCode(code).orElseThrow(() -> new OngeldigePeriodeException(
        "Onbekende regio '" + code + "'; kies een van: "
            + String.join(", ", java.util.Arrays.stream(Regio.values()).map(Regio::code).toList()) + ".")));
  }
}
