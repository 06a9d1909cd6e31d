package nl.zsm.hg.veiligheid.bpmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import nl.zsm.hg.veiligheid.domain.AcuteOnveiligheidVraag;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * VT's answers to the questions on acute onveiligheid: ja, nee or onbekend, never a default. The form submits
 * the text; the engine API may also pass a Boolean. The decision AcuteOnveiligheid gets a Boolean, or null for
 * onbekend, and counts null as acute (Werkwijze, Bijlage II: acute onveiligheid).
 */
@ProcesBean
@Component("acuteOnveiligheidAntwoorden")
public class AcuteOnveiligheidAntwoorden {

  public static final String JA = "ja";
  public static final String NEE = "nee";
  public static final String ONBEKEND = "onbekend";

  /** For the input mapping of the business rule task: ja true, nee false, onbekend (and nothing) null. */
  public Boolean alsJaNee(Object antwoord) {
    if (antwoord instanceof Boolean waarde) {
      return waarde;
    }
    String tekst = antwoord == null ? "" : antwoord.toString().trim().toLowerCase(Locale.ROOT);
    return switch (tekst) {
      case JA -> Boolean.TRUE;
      case NEE -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Every question answered with ja, nee or onbekend; otherwise refused with the questions by name. */
  public void controleer(VariableScope antwoorden) {
    List<String> onbeantwoord = new ArrayList<>();
    List<String> fouten = new ArrayList<>();
    for (AcuteOnveiligheidVraag vraag : AcuteOnveiligheidVraag.values()) {
      Object antwoord = antwoorden.getVariable(vraag.sleutel());
      if (antwoord == null || antwoord.toString().isBlank()) {
        onbeantwoord.add("'" + vraag.vraag() + "'");
      } else if (!(antwoord instanceof Boolean) && !isJaNeeOnbekend(antwoord.toString())) {
        fouten.add("'" + antwoord + "' is geen antwoord op '" + vraag.vraag() + "'; kies ja, nee of onbekend.");
      }
    }
    if (!onbeantwoord.isEmpty()) {
      fouten.add(0, "Beantwoord elke vraag over acute onveiligheid met ja, nee of onbekend (Werkwijze, Bijlage II:"
          + " acute onveiligheid); onbekend telt als acuut onveilig. Nog niet beantwoord: "
          + String.join(", ", onbeantwoord) + ".");
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
  }

  private static boolean isJaNeeOnbekend(String tekst) {
    String antwoord = tekst.trim().toLowerCase(Locale.ROOT);
    return antwoord.equals(JA) || antwoord.equals(NEE) || antwoord.equals(ONBEKEND);
  }
}
