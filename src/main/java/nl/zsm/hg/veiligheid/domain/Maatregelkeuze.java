package nl.zsm.hg.veiligheid.domain;


import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.zsm.hg.invoer.domain.Formulierwaarden;

/**
 * The measures of one decision as the officier entered them: the chosen measures and, for a measure another
 * authority imposes (huisverbod, kinderbeschermingsmaatregel), the date that authority imposed it.
 */
public record Maatregelkeuze(Set<Veiligheidsmaatregel> gekozen, Map<Veiligheidsmaatregel, LocalDate> opgelegdOp) {

  public Maatregelkeuze {
    gekozen = gekozen.isEmpty() ? EnumSet.noneOf(Veiligheidsmaatregel.class) : EnumSet.copyOf(gekozen);
    opgelegdOp = opgelegdOp.isEmpty() ? new EnumMap<>(Veiligheidsmaatregel.class) : new EnumMap<>(opgelegdOp);
  }

  public static Maatregelkeuze van(Set<Veiligheidsmaatregel> gekozen) {
    return new Maatregelkeuze(gekozen, Map.of());
  }

  /** Reads {@code veiligheidsmaatregelen} and the dates in the fields of {@link Veiligheidsmaatregel#opgelegdOpVeld()}. */
  public static Maatregelkeuze lees(Function<String, Object> scope) {
    Set<Veiligheidsmaatregel> gekozen = VeiligheidsmaatregelenLezer.lees(Maatregelvariabele.waarde(scope));
    Map<Veiligheidsmaatregel, LocalDate> data = new EnumMap<>(Veiligheidsmaatregel.class);
    for (Veiligheidsmaatregel maatregel : gekozen) {
      if (maatregel.opgelegdOpVeld() != null) {
        LocalDate datum = Formulierwaarden.datum(scope.apply(maatregel.opgelegdOpVeld()),
            "Datum waarop " + maatregel.opgelegdDoorInWoorden() + " de maatregel '" + maatregel.omschrijving() + "' oplegde");
        if (datum != null) {
          data.put(maatregel, datum);
        }
      }
    }
    return new Maatregelkeuze(gekozen, data);
  }

  public boolean isLeeg() {
    return gekozen.isEmpty();
  }
}
