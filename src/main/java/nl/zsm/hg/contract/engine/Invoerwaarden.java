package nl.zsm.hg.contract.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.zsm.hg.contract.domain.JsonTekst;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Submitted variables as the contract checks them: plain Java values (text, Boolean, Number, Date), JSON as
 * {@link JsonTekst}, and any other serialized object as a value of a kind no field accepts.
 */
final class Invoerwaarden {

  private Invoerwaarden() {}

  static Map<String, Object> van(Map<String, ?> variabelen) {
    Map<String, Object> waarden = new LinkedHashMap<>();
    if (variabelen == null) {
      return waarden;
    }
    for (String naam : variabelen.keySet()) {
      Object waarde = variabelen instanceof VariableMap map ? map.getValueTyped(naam) : variabelen.get(naam);
      waarden.put(naam, waarde(waarde));
    }
    return waarden;
  }

  static Object waarde(Object waarde) {
    if (waarde instanceof TypedValue getypeerd) {
      ValueType type = getypeerd.getType();
      if (getypeerd instanceof SerializableValue serieel) {
        if (type != null && "json".equals(type.getName())) {
          return new JsonTekst(serieel.isDeserialized() ? String.valueOf(serieel.getValue()) : serieel.getValueSerialized());
        }
        return new AndereSoort(type == null ? "object" : type.getName());
      }
      return waarde(getypeerd.getValue());
    }
    if (waarde instanceof SpinJsonNode json) {
      return new JsonTekst(json.toString());
    }
    if (waarde instanceof byte[]) {
      return new AndereSoort("bytes");
    }
    return waarde;
  }

  /** A value of a kind no form field enters (a serialized object, a file, bytes). */
  record AndereSoort(String type) {
    @Override
    public String toString() {
      return "een waarde van het type " + type;
    }
  }
}
