package nl.zsm.hg.invoer.domain;

import java.io.IOException;
import org.springframework.util.unit.DataSize;

/** The request body is larger than the configured limit ({@code zsm.invoer.maximale-verzoekgrootte}). */
public class VerzoekTeGrootException extends IOException {

  public VerzoekTeGrootException(DataSize limiet) {
    super(melding(limiet));
  }

  public static String melding(DataSize limiet) {
    return "Het verzoek is te groot" + (limiet == null ? "" : " (meer dan " + leesbaar(limiet) + ")")
        + ". Stuur minder of kortere gegevens; bijlagen horen niet in een zaak.";
  }

  private static String leesbaar(DataSize grootte) {
    return grootte.toKilobytes() % 1024 == 0 ? grootte.toMegabytes() + " MB" : grootte.toKilobytes() + " kB";
  }
}
