package nl.zsm.hg.procesbeheer.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.zsm.hg.procesbeheer.domain.ExpressieControle;
import nl.zsm.hg.procesbeheer.domain.Historietermijn;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Walks the whole XML of a BPMN model and finds what a process owner may not deploy: code that runs in
 * the engine beyond the product's delegates (scripts, external scripts, connectors, foreign
 * {@code camunda:class}, expressions that call anything else, see {@link ExpressieControle}) and changes of
 * who may do what (candidate users, assignees, starters, candidate groups that are not the case-working
 * organisations). Documentation is text for people and is not judged.
 */
public class BpmnModelControle {

  private static final Set<String> SCRIPT_ELEMENTEN = Set.of("scriptTask", "script");
  private static final Set<String> NIET_UITGEVOERD = Set.of("documentation", "textAnnotation", "text",
      "BPMNDiagram", "properties");
  /** Attributes that hand out work or starting rights to people. */
  private static final Set<String> PERSOON_ATTRIBUTEN = Set.of("candidateUsers", "assignee",
      "candidateStarterGroups", "candidateStarterUsers");
  private static final Set<String> KLASSE_ATTRIBUTEN = Set.of("class", "variableMappingClass");

  private final ExpressieControle expressies;
  private final Predicate<String> productKlasse;
  private final Set<String> toegestaneKandidaatgroepen;
  private final int maxHistorieDagen;

  /**
   * @param maxHistorieDagen the longest historyTimeToLive a model may set (the retention of case data,
   *     zsm.bewaartermijnen.zaakgegevens): a process owner cannot keep history longer than the product decided
   */
  public BpmnModelControle(ExpressieControle expressies, Predicate<String> productKlasse,
      Set<String> toegestaneKandidaatgroepen, int maxHistorieDagen) {
    this.expressies = expressies;
    this.productKlasse = productKlasse;
    this.toegestaneKandidaatgroepen = toegestaneKandidaatgroepen;
    this.maxHistorieDagen = maxHistorieDagen;
  }

  /** The first refusal in the model, naming the element (its id, or the nearest enclosing element with an id). */
  public Optional<Weigering> controleer(Element root) {
    return controleer(root, root);
  }

  private Optional<Weigering> controleer(Element element, Element metId) {
    Element benoemd = element.attribute("id") != null ? element : metId;
    String tag = element.getTagName();
    if (NIET_UITGEVOERD.contains(tag)) {
      return Optional.empty();
    }
    if (SCRIPT_ELEMENTEN.contains(tag)) {
      return weiger(benoemd, "een script is niet toegestaan (code buiten de delegates van het product)");
    }
    if (tag.equals("connector")) {
      return weiger(benoemd, "een connector is niet toegestaan");
    }
    for (String sleutel : element.attributes()) {
      // namespaced attributes are stored as "uri:localName"
      String attribuut = sleutel.substring(sleutel.lastIndexOf(':') + 1);
      Optional<Weigering> weigering = controleerAttribuut(element, benoemd, attribuut, element.attribute(sleutel));
      if (weigering.isPresent()) {
        return weigering;
      }
    }
    String tekst = element.getText();
    if (ExpressieControle.bevatExpressie(tekst)) {
      if (element.attribute("language") != null && !isJuel(element.attribute("language"))) {
        return weiger(benoemd, "een script is niet toegestaan (taal " + element.attribute("language") + ")");
      }
      Optional<String> bezwaar = expressies.bezwaar(tekst);
      if (bezwaar.isPresent()) {
        return weiger(benoemd, bezwaar.get());
      }
    }
    if (tag.equals("conditionExpression") && element.attribute("language") != null && !isJuel(element.attribute("language"))) {
      return weiger(benoemd, "een script als voorwaarde is niet toegestaan (taal " + element.attribute("language") + ")");
    }
    if (tag.equals("potentialOwner") || tag.equals("humanPerformer")) {
      return weiger(benoemd, "toewijzing via " + tag + " is niet toegestaan; gebruik de kandidaatgroep van een organisatie");
    }
    for (Element kind : element.elements()) {
      Optional<Weigering> weigering = controleer(kind, benoemd);
      if (weigering.isPresent()) {
        return weigering;
      }
    }
    return Optional.empty();
  }

  private Optional<Weigering> controleerAttribuut(Element element, Element benoemd, String naam, String waarde) {
    if (waarde == null) {
      return Optional.empty();
    }
    if (naam.equals("resource") && element.getTagName().matches("(?i).*(script|inputParameter|outputParameter).*")
        || naam.equals("scriptFormat")) {
      return weiger(benoemd, "een (extern) script is niet toegestaan");
    }
    if (KLASSE_ATTRIBUTEN.contains(naam) && !productKlasse.test(waarde.trim())) {
      return weiger(benoemd, "klasse '" + waarde + "' is geen delegate van het product");
    }
    if (naam.equals("historyTimeToLive") && Historietermijn.dagen(waarde) > maxHistorieDagen) {
      return weiger(benoemd, "historyTimeToLive " + waarde.trim() + " is langer dan de bewaartermijn van "
          + maxHistorieDagen + " dagen");
    }
    if (PERSOON_ATTRIBUTEN.contains(naam)) {
      return weiger(benoemd, "'" + naam + "' wijzigt wie wat mag; taken gaan alleen naar de kandidaatgroep van een organisatie");
    }
    if (naam.equals("candidateGroups")) {
      for (String groep : waarde.split(",")) {
        String id = groep.trim();
        if (!ExpressieControle.bevatExpressie(id) && !toegestaneKandidaatgroepen.contains(id)) {
          return weiger(benoemd, "kandidaatgroep '" + id + "' is geen organisatie die aan zaken werkt");
        }
      }
    }
    if (ExpressieControle.bevatExpressie(waarde)) {
      Optional<String> bezwaar = expressies.bezwaar(waarde);
      if (bezwaar.isPresent()) {
        return weiger(benoemd, bezwaar.get());
      }
    }
    return Optional.empty();
  }

  private static boolean isJuel(String taal) {
    return taal.toLowerCase(Locale.ROOT).equals("juel");
  }

  private static Optional<Weigering> weiger(Element element, String reden) {
    return Optional.of(new Weigering(element, element.attribute("id"), element.attribute("name"), reden));
  }

  /** Why a deployment is refused and which element caused it. */
  public record Weigering(Element element, String elementId, String elementNaam, String reden) {

    public String melding(String bestand) {
      String naam = elementNaam == null || elementNaam.isBlank() ? "" : " (" + elementNaam.replaceAll("\\s+", " ") + ")";
      return "Deployment geweigerd: " + bestand + ", element '" + elementId + "'" + naam + ": " + reden
          + ". Modellen mogen alleen de delegates en beans van het product gebruiken en variabelen lezen; "
          + "wie wat mag, blijft bij de kandidaatgroepen van de organisaties.";
    }
  }
}
