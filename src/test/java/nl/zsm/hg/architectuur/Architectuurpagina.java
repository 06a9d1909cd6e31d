package nl.zsm.hg.architectuur;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes the generated part of docs/architectuur.md from the compiled classes and the BPMN models: the capabilities
 * with their layers, their dependencies (a mermaid picture) and the table BPMN element → bean → class → domain rule.
 */
final class Architectuurpagina {

  static final String BEGIN = "<!-- begin: gegenereerd door ArchitectuurpaginaTest; niet met de hand bewerken -->";
  static final String EINDE = "<!-- einde gegenereerd -->";
  private static final String PRODUCT = "nl.zsm.hg.";
  private static final List<String> LAGEN = List.of("domain", "bpmn", "rest", "engine");
  private static final Set<String> COMPONENTEN = Set.of("org.springframework.stereotype.Component",
      "org.springframework.stereotype.Service", "org.springframework.context.annotation.Configuration",
      "org.springframework.web.bind.annotation.RestController", "org.springframework.stereotype.Controller");
  private static final Pattern EXPRESSIE = Pattern.compile("[$#]\\{\\s*([A-Za-z_]\\w*)");

  private final JavaClasses klassen;

  Architectuurpagina(JavaClasses klassen) {
    this.klassen = klassen;
  }

  String markdown(Path processen) throws IOException {
    StringBuilder uit = new StringBuilder(BEGIN).append("\n\n");
    uit.append("### Capaciteiten en lagen\n\n| Capaciteit | ").append(String.join(" | ", LAGEN))
        .append(" | overig |\n|---|---|---|---|---|---|\n");
    lagen().forEach((capaciteit, perLaag) -> {
      uit.append("| `").append(capaciteit).append("` |");
      for (String laag : LAGEN) {
        uit.append(' ').append(perLaag.getOrDefault(laag, 0) == 0 ? "" : perLaag.get(laag)).append(" |");
      }
      uit.append(' ').append(perLaag.getOrDefault("", 0) == 0 ? "" : perLaag.get("")).append(" |\n");
    });
    uit.append("\n(aantal klassen per laag)\n\n### Afhankelijkheden tussen capaciteiten\n\n```mermaid\nflowchart LR\n");
    afhankelijkheden().forEach((van, naar) -> naar.forEach(doel -> uit.append("  ").append(van).append(" --> ")
        .append(doel).append('\n')));
    uit.append("```\n\n### BPMN-element → bean → klasse → domeinregel\n\n")
        .append("| Proces | BPMN-element | Bean | Klasse | Domeinregel |\n|---|---|---|---|---|\n");
    Map<String, JavaClass> beans = beans();
    for (String rij : rijen(processen, beans)) {
      uit.append(rij).append('\n');
    }
    return uit.append('\n').append(EINDE).toString();
  }

  private static String capaciteit(JavaClass klasse) {
    String rest = klasse.getPackageName().startsWith(PRODUCT) ? klasse.getPackageName().substring(PRODUCT.length()) : "";
    int punt = rest.indexOf('.');
    return punt < 0 ? rest : rest.substring(0, punt);
  }

  private static String laag(JavaClass klasse) {
    String[] delen = klasse.getPackageName().split("\\.");
    return delen.length > 4 && LAGEN.contains(delen[4]) ? delen[4] : "";
  }

  private Stream<JavaClass> hoofdklassen() {
    return klassen.stream().filter(k -> k.getName().startsWith(PRODUCT) && !k.isNestedClass() && !k.isAnonymousClass()
        && !capaciteit(k).isEmpty());
  }

  private Map<String, Map<String, Integer>> lagen() {
    Map<String, Map<String, Integer>> lagen = new TreeMap<>();
    hoofdklassen().forEach(k -> lagen.computeIfAbsent(capaciteit(k), c -> new TreeMap<>()).merge(laag(k), 1, Integer::sum));
    return lagen;
  }

  private Map<String, Set<String>> afhankelijkheden() {
    Map<String, Set<String>> pijlen = new TreeMap<>();
    klassen.stream().filter(k -> k.getName().startsWith(PRODUCT) && !capaciteit(k).isEmpty()).forEach(k -> {
      for (Dependency d : k.getDirectDependenciesFromSelf()) {
        JavaClass doel = d.getTargetClass();
        if (doel.getName().startsWith(PRODUCT) && !capaciteit(doel).isEmpty() && !capaciteit(doel).equals(capaciteit(k))) {
          pijlen.computeIfAbsent(capaciteit(k), c -> new TreeSet<>()).add(capaciteit(doel));
        }
      }
    });
    return pijlen;
  }

  /** Spring bean name → class: components by their annotation value or class name, @Bean methods by name. */
  Map<String, JavaClass> beans() {
    Map<String, JavaClass> beans = new TreeMap<>();
    klassen.stream().filter(k -> k.getName().startsWith(PRODUCT)).forEach(k -> {
      for (JavaAnnotation<JavaClass> a : k.getAnnotations()) {
        if (COMPONENTEN.contains(a.getRawType().getName())) {
          String waarde = a.get("value").map(Object::toString).filter(v -> !v.isBlank()).orElse(null);
          beans.put(waarde != null ? waarde : Introspector.decapitalize(k.getSimpleName()), k);
        }
      }
      for (JavaMethod m : k.getMethods()) {
        m.getAnnotations().stream().filter(a -> a.getRawType().getName().equals("org.springframework.context.annotation.Bean"))
            .forEach(a -> {
              String[] namen = (String[]) a.get("name").orElse(new String[0]);
              beans.put(namen.length > 0 ? namen[0] : m.getName(), m.getRawReturnType());
            });
      }
    });
    return beans;
  }

  private List<String> rijen(Path processen, Map<String, JavaClass> beans) throws IOException {
    Set<String> rijen = new TreeSet<>();
    List<Path> modellen;
    try (Stream<Path> lijst = Files.list(processen)) {
      modellen = lijst.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path model : modellen) {
      Element wortel = lees(model);
      NodeList processenInModel = wortel.getElementsByTagNameNS("*", "process");
      for (int i = 0; i < processenInModel.getLength(); i++) {
        Element proces = (Element) processenInModel.item(i);
        verzamel(proces, proces.getAttribute("id"), null, beans, rijen);
      }
    }
    return new ArrayList<>(rijen);
  }

  private void verzamel(Element element, String proces, Element stap, Map<String, JavaClass> beans, Set<String> rijen) {
    Element huidig = stap;
    if (!element.getAttribute("id").isEmpty() && !element.getLocalName().equals("process")) {
      huidig = element;
    }
    if (huidig != null) {
      List<String> teksten = new ArrayList<>();
      for (int i = 0; i < element.getAttributes().getLength(); i++) {
        teksten.add(element.getAttributes().item(i).getNodeValue());
      }
      for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
        if (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE) {
          teksten.add(kind.getNodeValue());
        }
      }
      for (String tekst : teksten) {
        Matcher matcher = EXPRESSIE.matcher(tekst);
        while (matcher.find()) {
          JavaClass klasse = beans.get(matcher.group(1));
          if (klasse != null) {
            rijen.add(rij(proces, huidig, matcher.group(1), klasse));
          }
        }
      }
    }
    for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
      if (kind instanceof Element kindElement) {
        verzamel(kindElement, proces, huidig, beans, rijen);
      }
    }
  }

  private static String rij(String proces, Element stap, String bean, JavaClass klasse) {
    String naam = stap.getAttribute("name").replaceAll("\\s+", " ").trim();
    return "| `" + proces + "` | `" + stap.getAttribute("id") + "`" + (naam.isEmpty() ? "" : " " + naam.replace("|", "/"))
        + " | `" + bean + "` | `" + klasse.getName().substring(PRODUCT.length()) + "` | " + domeinregels(klasse) + " |";
  }

  /** The domain classes of the product the bean's class calls directly (itself when it is a domain class). */
  static String domeinregels(JavaClass klasse) {
    if (klasse.getPackageName().contains(".domain")) {
      return "`" + klasse.getSimpleName() + "`";
    }
    Set<String> regels = new TreeSet<>();
    for (Dependency d : klasse.getDirectDependenciesFromSelf()) {
      JavaClass doel = Optional.ofNullable(d.getTargetClass().getBaseComponentType()).orElse(d.getTargetClass());
      while (doel.getEnclosingClass().isPresent()) {
        doel = doel.getEnclosingClass().get();
      }
      if (doel.getName().startsWith(PRODUCT) && doel.getPackageName().contains(".domain")
          && !doel.getPackageName().startsWith(PRODUCT + "invoer.")) {
        regels.add("`" + doel.getSimpleName() + "`");
      }
    }
    return regels.isEmpty() ? "—" : String.join(", ", regels);
  }

  private static Element lees(Path model) throws IOException {
    try {
      DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
      fabriek.setNamespaceAware(true);
      fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return fabriek.newDocumentBuilder().parse(model.toFile()).getDocumentElement();
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("Model niet te lezen: " + model, e);
    }
  }

  static String vervang(String pagina, String gegenereerd) {
    int begin = pagina.indexOf(BEGIN);
    int einde = pagina.indexOf(EINDE);
    if (begin < 0 || einde < begin) {
      return pagina.stripTrailing() + "\n\n" + gegenereerd + "\n";
    }
    return pagina.substring(0, begin) + gegenereerd + pagina.substring(einde + EINDE.length());
  }

  static Set<String> namen(Map<String, JavaClass> beans) {
    return beans.keySet().stream().collect(Collectors.toCollection(TreeSet::new));
  }
}
