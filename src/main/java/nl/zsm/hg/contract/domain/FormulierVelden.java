package nl.zsm.hg.contract.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the fields of a Camunda Form (schemaVersion 16) as a step contract: each component with a
 * {@code key} is a variable the step may write. The component type gives the kind (textfield, textarea,
 * number, checkbox, radio, select, checklist, taglist, datetime), {@code validate} gives required, maxLength,
 * min, max and pattern, {@code values} the allowed values, {@code disabled} or {@code readonly} makes the field
 * read-only. Groups are read through. A text without maxLength gets a default limit.
 *
 * <p>Fields shown only under a {@code conditional} are not required here (Tasklist does not send a hidden
 * field); the step's own rules check them. The same syntax declares the API-only steps in
 * {@code processes/*.contract.json}.
 */
public final class FormulierVelden {

  /** Longest one-line text without an explicit maxLength. */
  static final int MAX_TEKST = 1000;
  /** Longest multi-line text without an explicit maxLength; fits a variable's text column (4,000) on every database. */
  public static final int MAX_LANGE_TEKST = 4000;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private FormulierVelden() {}

  public static List<Veld> lees(JsonNode componenten) {
    List<Veld> velden = new ArrayList<>();
    for (JsonNode component : componenten) {
      if (component.has("components")) {
        velden.addAll(lees(component.get("components")));
      }
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        velden.add(veld(component, key));
      }
    }
    return velden;
  }

  private static Veld veld(JsonNode component, String key) {
    String type = component.path("type").asText();
    JsonNode validate = component.path("validate");
    Veldsoort soort = soort(type, component.path("subtype").asText("date"));
    boolean bekend = soort != null;
    boolean alleenLezen = !bekend || isAan(component.get("disabled")) || isAan(component.get("readonly"));
    boolean verplicht = validate.path("required").asBoolean(false) && !component.has("conditional");
    List<String> waarden = new ArrayList<>();
    component.path("values").forEach(waarde -> waarden.add(waarde.path("value").asText()));
    Integer maxLengte = validate.has("maxLength") ? Integer.valueOf(validate.get("maxLength").asInt())
        : soort == Veldsoort.TEKST ? Integer.valueOf(MAX_TEKST)
        : soort == Veldsoort.LANGE_TEKST ? Integer.valueOf(MAX_LANGE_TEKST) : null;
    Double minimum = validate.has("min") ? validate.get("min").asDouble() : null;
    Double maximum = validate.has("max") ? validate.get("max").asDouble() : null;
    boolean geheelGetal = component.has("decimalDigits") && component.get("decimalDigits").asInt() == 0;
    return new Veld(key, component.path("label").asText(key), bekend ? soort : Veldsoort.TEKST, verplicht, waarden,
        maxLengte, minimum, maximum, geheelGetal, patroon(validate), alleenLezen);
  }

  private static Veldsoort soort(String type, String subtype) {
    return switch (type) {
      case "textfield" -> Veldsoort.TEKST;
      case "textarea" -> Veldsoort.LANGE_TEKST;
      case "number" -> Veldsoort.GETAL;
      case "checkbox" -> Veldsoort.JA_NEE;
      case "radio", "select" -> Veldsoort.KEUZE;
      case "checklist", "taglist" -> Veldsoort.LIJST;
      case "datetime" -> "date".equals(subtype) ? Veldsoort.DATUM : Veldsoort.DATUMTIJD;
      default -> null;
    };
  }

  /** {@code true}, or an expression (which may make it true): either way the field is treated as read-only. */
  private static boolean isAan(JsonNode vlag) {
    return vlag != null && !vlag.isNull() && !(vlag.isBoolean() && !vlag.asBoolean());
  }

  private static Pattern patroon(JsonNode validate) {
    if ("email".equals(validate.path("validationType").asText())) {
      return EMAIL;
    }
    if (!validate.has("pattern")) {
      return null;
    }
    try {
      return Pattern.compile(validate.get("pattern").asText());
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Het patroon " + validate.get("pattern") + " is geen geldige reguliere expressie", e);
    }
  }
}
