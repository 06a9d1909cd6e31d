package nl.zsm.hg.veiligheid.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.tijd.Amsterdam;

/**
 * A breach of a protective measure as the police report it (Werkwijze, stap 7, L812-825): when it happened, what
 * happened, who reported it. The measure stays in force; its status becomes OVERTREDEN with this report in its
 * history, and the OM assesses the breach (docs/slachtoffer.md, "Overtreding melden").
 */
public record Overtredingsmelding(String toelichting, Instant tijdstip, String gemeldDoor) {

  public static final int MAXIMALE_TOELICHTING = 2000;
  static final DateTimeFormatter WEERGAVE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  /** Whether a breach of {@code m} can be reported on {@code dag}: imposed (or breached before) and in force. */
  public static boolean kanWordenGemeld(Beschermingsmaatregel m, LocalDate dag) {
    return (m.status() == MaatregelStatus.OPGELEGD || m.status() == MaatregelStatus.OVERTREDEN) && m.actiefOp(dag);
  }

  /**
   * The rules over the fields together with the measure: the breach did not happen in the future, nor before the
   * measure applied. Throws {@link OngeldigeInvoerException} with every reason.
   */
  public void controleer(Beschermingsmaatregel m, Instant nu) {
    List<String> fouten = new ArrayList<>();
    if (tijdstip.isAfter(nu)) {
      fouten.add("Het tijdstip van de overtreding (" + weergave(tijdstip) + ") ligt in de toekomst.");
    }
    if (LocalDate.ofInstant(tijdstip, Amsterdam.ZONE).isBefore(m.ingangsdatum())) {
      fouten.add("Het tijdstip van de overtreding (" + weergave(tijdstip) + ") ligt vóór de ingangsdatum van de"
          + " maatregel (" + m.ingangsdatum().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ").");
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
  }

  /** Who changed the measure, as the register records it. */
  public String beslissing() {
    return "Overtreding gemeld door politie (" + gemeldDoor + ")";
  }

  /** The line in the measure's history. */
  public String historieregel() {
    return "Overtreden op " + weergave(tijdstip) + ": " + toelichting.trim();
  }

  public static String weergave(Instant moment) {
    return WEERGAVE.format(moment.atZone(Amsterdam.ZONE));
  }
}
