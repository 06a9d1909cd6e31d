package nl.zsm.hg.contract.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one step (a user task, a process start or a message) may write: its fields. Input with a
 * variable outside the contract, a wrong type, a value outside its range or a missing required field is
 * refused with a Dutch message naming the field; read-only fields are accepted only unchanged.
 *
 * @param stap where the step is, e.g. {@code zsmHuiselijkGeweld / Task_Vrijheidsbeneming}
 * @param naam the step as users know it, e.g. "Vasthouden of heenzenden"
 * @param bron where the contract comes from, e.g. {@code forms/hg-vrijheidsbeneming.form}
 */
public record Stapcontract(String stap, String naam, String bron, Map<String, Veld> velden) {

  public Stapcontract {
    velden = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(velden));
  }

  /** A step that may write nothing, e.g. a task whose contract is unknown. */
  public static Stapcontract leeg(String stap, String naam) {
    return new Stapcontract(stap, naam, "geen contract", Map.of());
  }

  public static Stapcontract van(String stap, String naam, String bron, Collection<Veld> velden) {
    Map<String, Veld> perNaam = new LinkedHashMap<>();
    for (Veld veld : velden) {
      perNaam.merge(veld.naam(), veld, Stapcontract::samen);
    }
    return new Stapcontract(stap, naam, bron, perNaam);
  }

  /** A key used twice in one form (e.g. shown read-only and entered): entered wins, required if either is. */
  private static Veld samen(Veld een, Veld ander) {
    Veld basis = een.alleenLezen() ? ander : een;
    return new Veld(basis.naam(), basis.label(), basis.soort(), een.verplicht() || ander.verplicht(), basis.waarden(),
        basis.maxLengte(), basis.minimum(), basis.maximum(), basis.geheelGetal(), basis.patroon(),
        een.alleenLezen() && ander.alleenLezen());
  }

  /** The fields this step may change (not read-only). */
  public List<Veld> invoervelden() {
    return velden.values().stream().filter(veld -> !veld.alleenLezen()).toList();
  }

  /**
   * Checks the input of the step.
   *
   * @param invoer the submitted variables (values unwrapped; JSON as {@link JsonTekst})
   * @param huidig the current value of a variable in the case (for read-only fields)
   */
  public Uitkomst controleer(Map<String, ?> invoer, Function<String, Object> huidig) {
    List<String> meldingen = new ArrayList<>();
    Set<String> ongewijzigd = new LinkedHashSet<>();
    List<String> onbekend = new ArrayList<>();
    for (Map.Entry<String, ?> ingevuld : invoer.entrySet()) {
      Veld veld = velden.get(ingevuld.getKey());
      if (veld == null) {
        onbekend.add(ingevuld.getKey());
      } else if (veld.alleenLezen()) {
        if (Waarden.zelfde(ingevuld.getValue(), huidig.apply(veld.naam()))) {
          ongewijzigd.add(veld.naam());
        } else {
          meldingen.add("Het veld " + veld.aanduiding() + " is bij de stap '" + naam
              + "' alleen te lezen en kan hier niet worden gewijzigd.");
        }
      } else {
        Waarden.controleer(veld, ingevuld.getValue()).ifPresent(meldingen::add);
      }
    }
    if (!onbekend.isEmpty()) {
      meldingen.add(0, (onbekend.size() == 1 ? "Het veld '" + onbekend.get(0) + "' hoort" : "De velden '"
          + String.join("', '", onbekend) + "' horen") + " niet bij de stap '" + naam + "'. "
          + (invoervelden().isEmpty() ? "Deze stap legt geen gegevens vast."
              : "Toegestaan: " + String.join(", ", invoervelden().stream().map(Veld::naam).toList()) + "."));
    }
    for (Veld veld : velden.values()) {
      if (veld.verplicht() && !veld.alleenLezen() && Waarden.leeg(invoer.get(veld.naam()))) {
        meldingen.add("Vul het veld " + veld.aanduiding() + " in.");
      }
    }
    return new Uitkomst(meldingen, ongewijzigd);
  }
}
