package nl.zsm.hg.procesbeheer.domain;


import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A decision may only use FEEL without external (Java) functions: JUEL, JavaScript, Groovy and other
 * languages can call beans and methods, so a decision in another language is refused, naming the element.
 */
public class DmnModelControle {

  private static final Pattern EXTERNE_FUNCTIE = Pattern.compile("\\bexternal\\b", Pattern.CASE_INSENSITIVE);
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  private final int maxHistorieDagen;

  /** @param maxHistorieDagen the longest historyTimeToLive a decision may set (see BpmnModelControle) */
  public DmnModelControle(int maxHistorieDagen) {
    this.maxHistorieDagen = maxHistorieDagen;
  }

  /** The refusal, or empty if the decision is allowed. */
  public Optional<String> controleer(String bestand, byte[] inhoud) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(inhoud));
    } catch (Exception e) {
      return Optional.of("Deployment geweigerd: " + bestand + " is geen leesbare DMN (XML).");
    }
    return controleer(bestand, document.getDocumentElement(), document.getDocumentElement());
  }

  private Optional<String> controleer(String bestand, Element element, Element metId) {
    Element benoemd = element.hasAttribute("id") ? element : metId;
    String taal = element.getAttribute("expressionLanguage");
    if (!taal.isEmpty() && !taal.toLowerCase(Locale.ROOT).contains("feel")) {
      return weiger(bestand, benoemd, "expressietaal '" + taal + "' is niet toegestaan; gebruik FEEL");
    }
    String historie = element.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive");
    if (!historie.isEmpty() && Historietermijn.dagen(historie) > maxHistorieDagen) {
      return weiger(bestand, benoemd, "historyTimeToLive " + historie.trim() + " is langer dan de bewaartermijn van "
          + maxHistorieDagen + " dagen");
    }
    if (element.getLocalName() != null && element.getLocalName().equals("text")
        && EXTERNE_FUNCTIE.matcher(element.getTextContent()).find()) {
      return weiger(bestand, benoemd, "een externe (Java-)functie is niet toegestaan");
    }
    for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
      if (kind instanceof Element kindElement) {
        Optional<String> weigering = controleer(bestand, kindElement, benoemd);
        if (weigering.isPresent()) {
          return weigering;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> weiger(String bestand, Element element, String reden) {
    String naam = element.getAttribute("name");
    return Optional.of("Deployment geweigerd: " + bestand + ", element '" + element.getAttribute("id") + "'"
        + (naam.isBlank() ? "" : " (" + naam + ")") + ": " + reden + ".");
  }
}
