package nl.zsm.hg.invoer.engine;

import java.util.Map;
import nl.zsm.hg.invoer.domain.OngeldigeInvoerException;
import org.camunda.bpm.dmn.engine.impl.spi.type.DmnDataTypeTransformer;
import org.camunda.bpm.dmn.engine.impl.spi.type.DmnDataTypeTransformerRegistry;
import org.camunda.bpm.dmn.engine.impl.type.DefaultDataTypeTransformerRegistry;

/**
 * The DMN engine's type conversions of the input and output columns ({@code typeRef} boolean, integer, ...),
 * which refuse a value of the wrong type (the text "MISSCHIEN" for a ja/nee question) with an
 * {@link OngeldigeInvoerException} and a Dutch reason, instead of the engine's English DMN-01005 text. The
 * type and the value are known here, so no message is ever read. The conversions themselves are the engine's.
 */
public final class Beslisinvoertypen implements DmnDataTypeTransformerRegistry {

  /** How a refusal by the type check begins, also in the answer of the REST API. */
  public static final String VOORVOEGSEL = "Ongeldige invoer voor de beslissing: ";

  private static final Map<String, String> VERWACHT = Map.of(
      "boolean", "ja/nee (true of false)",
      "integer", "een geheel getal",
      "long", "een geheel getal",
      "double", "een getal",
      "string", "tekst",
      "date", "een datum");
  private static final int MAXIMAAL_HERHAALD = 40;

  private final DmnDataTypeTransformerRegistry engine;

  public Beslisinvoertypen() {
    this(new DefaultDataTypeTransformerRegistry());
  }

  Beslisinvoertypen(DmnDataTypeTransformerRegistry engine) {
    this.engine = engine;
  }

  @Override
  public DmnDataTypeTransformer getTransformer(String typeName) {
    DmnDataTypeTransformer conversie = engine.getTransformer(typeName);
    return waarde -> {
      try {
        return conversie.transform(waarde);
      } catch (IllegalArgumentException fout) {
        throw new OngeldigeInvoerException(melding(typeName, waarde));
      }
    };
  }

  @Override
  public void addTransformer(String typeName, DmnDataTypeTransformer transformer) {
    engine.addTransformer(typeName, transformer);
  }

  static String melding(String typeName, Object waarde) {
    String tekst = String.valueOf(waarde);
    String kort = tekst.length() <= MAXIMAAL_HERHAALD ? tekst : tekst.substring(0, MAXIMAAL_HERHAALD) + "...";
    String soort = typeName == null ? "" : typeName.toLowerCase(java.util.Locale.ROOT);
    return VOORVOEGSEL + "Ongeldige waarde '" + kort + "': verwacht " + VERWACHT.getOrDefault(soort, soort) + ".";
  }
}
