package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zsm.hg.modellen.Procescontracten.Contract;
import nl.zsm.hg.modellen.Procescontracten.Proces;
import nl.zsm.hg.stalking.domain.VragenlijstStalking;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;

/**
 * Every process has one contract class next to its model and the contract is complete and honest (issue 14,
 * docs/bibliotheken-en-contracten.md): it holds every form field of the process's tasks, every field of its
 * contract.json and every variable its call activities hand over or get back; it holds nothing that neither the
 * model nor the code uses; a name is defined once (in the process where it is first set) and means the same
 * everywhere. Fast layer: files and reflection only.
 */
class ProcescontractenTest {

  /** The form keys of the Vragenlijst bij stalking are built from a prefix in the contract and the enum. */
  private static final Set<String> VRAGENLIJST = Stream.of(VragenlijstStalking.values())
      .flatMap(v -> Stream.of(v.sleutel(), v.beschrijvingSleutel())).collect(Collectors.toSet());

  @Test
  void elkProcesHeeftEenContractklasseInEenDomein() {
    List<Proces> processen = Procescontracten.processen();
    assertThat(processen).hasSizeGreaterThanOrEqualTo(11);
    for (Proces proces : processen) {
      assertThat(Procescontracten.bronnen(proces.sleutel()))
          .as("één klasse %s voor proces %s", Procescontracten.klassenaam(proces.sleutel()), proces.sleutel())
          .hasSize(1);
      assertThat(proces.contract().klasse().getPackageName()).as(proces.sleutel()).matches("nl\\.zsm\\.hg\\.\\w+\\.domain");
    }
  }

  @Test
  void elkVeldVanEenFormulierVanHetProcesStaatInZijnContract() {
    List<String> ontbreekt = new ArrayList<>();
    for (Proces proces : Procescontracten.processen()) {
      proces.formuliervelden().forEach((formulier, velden) -> velden.stream()
          .filter(veld -> !proces.contract().bevatWaarde(veld) && !uitVragenlijst(proces, veld))
          .forEach(veld -> ontbreekt.add(naam(proces) + ": veld '" + veld + "' van formulier " + formulier)));
    }
    assertThat(ontbreekt).isEmpty();
  }

  @Test
  void elkVeldVanHetContractbestandStaatInHetContract() {
    List<String> ontbreekt = new ArrayList<>();
    int velden = 0;
    for (Proces proces : Procescontracten.processen()) {
      for (String veld : proces.contractbestand()) {
        velden++;
        if (!proces.contract().bevatWaarde(veld)) {
          ontbreekt.add(naam(proces) + ": veld '" + veld + "' van " + proces.contractbestandPad());
        }
      }
    }
    assertThat(velden).as("velden in processes/*.contract.json").isGreaterThanOrEqualTo(3);
    assertThat(ontbreekt).isEmpty();
  }

  @Test
  void watEenAanroepMeegeeftEnTerugkrijgtStaatInBeideContracten() {
    Map<String, Proces> perSleutel = new HashMap<>();
    Procescontracten.processen().forEach(p -> perSleutel.put(p.sleutel(), p));
    List<String> ontbreekt = new ArrayList<>();
    int koppelingen = 0;
    for (Proces aanroeper : perSleutel.values()) {
      for (CallActivity aanroep : aanroeper.instantie().getModelElementsByType(CallActivity.class)) {
        Proces aangeroepen = perSleutel.get(aanroep.getCalledElement());
        assertThat(aangeroepen).as(aanroep.getId() + " roept een proces uit processes/ aan").isNotNull();
        ExtensionElements uitbreidingen = aanroep.getExtensionElements();
        for (CamundaIn in : uitbreidingen.getChildElementsByType(CamundaIn.class)) {
          if (in.getCamundaTarget() == null) {
            continue; // businessKey
          }
          koppelingen++;
          controleer(aangeroepen, in.getCamundaTarget(), aanroep, "camunda:in target", ontbreekt);
          if (in.getCamundaSource() != null) {
            controleer(aanroeper, in.getCamundaSource(), aanroep, "camunda:in source", ontbreekt);
          }
        }
        for (CamundaOut uit : uitbreidingen.getChildElementsByType(CamundaOut.class)) {
          koppelingen++;
          controleer(aanroeper, uit.getCamundaTarget(), aanroep, "camunda:out target", ontbreekt);
          if (uit.getCamundaSource() != null) {
            controleer(aangeroepen, uit.getCamundaSource(), aanroep, "camunda:out source", ontbreekt);
          }
        }
      }
    }
    assertThat(koppelingen).as("in/out-koppelingen van call activities").isGreaterThan(100);
    assertThat(ontbreekt).isEmpty();
  }

  @Test
  void elkeConstanteWordtGebruiktDoorHetModelOfDeCode() {
    String code = hoofdcodeZonderContracten();
    Map<String, Set<String>> overgedragen = overgedragenVariabelen();
    List<String> ongebruikt = new ArrayList<>();
    for (Proces proces : Procescontracten.processen()) {
      String model = proces.modeltekst();
      Contract contract = proces.contract();
      contract.constanten().forEach((naam, waarde) -> {
        boolean inModel = Pattern.compile("\\b" + Pattern.quote(waarde) + "\\b").matcher(model).find()
            || overgedragen.getOrDefault(proces.sleutel(), Set.of()).contains(waarde);
        if (!inModel && !gebruiktInCode(contract.klasse(), naam, code)) {
          ongebruikt.add(naam(proces) + "." + naam + " (\"" + waarde + "\")");
        }
      });
    }
    assertThat(ongebruikt).as("constanten die model noch code gebruikt").isEmpty();
  }

  @Test
  void eenNaamIsEenmaalGedefinieerdEnBetekentOveralHetzelfde() {
    Map<String, String> waardePerNaam = new HashMap<>();
    Map<String, String> eigenaarPerWaarde = new HashMap<>();
    List<String> fouten = new ArrayList<>();
    for (Proces proces : Procescontracten.processen()) {
      Contract contract = proces.contract();
      contract.constanten().forEach((naam, waarde) -> {
        String eerder = waardePerNaam.putIfAbsent(naam, waarde);
        if (eerder != null && !eerder.equals(waarde)) {
          fouten.add(naam + " is \"" + eerder + "\" en in " + naam(proces) + " \"" + waarde + "\"");
        }
      });
      contract.eigen().forEach((naam, waarde) -> {
        String eigenaar = eigenaarPerWaarde.putIfAbsent(waarde, naam(proces) + "." + naam);
        if (eigenaar != null) {
          fouten.add("\"" + waarde + "\" staat letterlijk in " + eigenaar + " en in " + naam(proces) + "." + naam);
        }
      });
      assertThat(contract.eigen().size() + contract.verwijzingen().size()).as(naam(proces) + ": elke constante"
          + " is letterlijk of een verwijzing").isEqualTo(contract.constanten().size());
    }
    for (Proces proces : Procescontracten.processen()) {
      proces.contract().verwijzingen().forEach((naam, doel) -> {
        String eigenaar = eigenaarPerWaarde.get(proces.contract().constanten().get(naam));
        if (!doel.equals(eigenaar)) {
          fouten.add(naam(proces) + "." + naam + " verwijst naar " + doel + ", de eigenaar is " + eigenaar);
        }
      });
    }
    assertThat(fouten).isEmpty();
  }

  /**
   * Per process the variables a call activity hands to it or takes from it (the mapping in the caller's model):
   * a called process may read them through a bean ({@code termijnen.ophoudenVanZaak(execution)}) without naming
   * them in its own model.
   */
  private static Map<String, Set<String>> overgedragenVariabelen() {
    Map<String, Set<String>> namen = new HashMap<>();
    for (Proces aanroeper : Procescontracten.processen()) {
      for (CallActivity aanroep : aanroeper.instantie().getModelElementsByType(CallActivity.class)) {
        Set<String> aangeroepen = namen.computeIfAbsent(aanroep.getCalledElement(), k -> new TreeSet<>());
        Set<String> zelf = namen.computeIfAbsent(aanroeper.sleutel(), k -> new TreeSet<>());
        ExtensionElements uitbreidingen = aanroep.getExtensionElements();
        for (CamundaIn in : uitbreidingen.getChildElementsByType(CamundaIn.class)) {
          if (in.getCamundaTarget() != null) {
            aangeroepen.add(in.getCamundaTarget());
          }
        }
        for (CamundaOut uit : uitbreidingen.getChildElementsByType(CamundaOut.class)) {
          zelf.add(uit.getCamundaTarget());
        }
      }
    }
    return namen;
  }

  private static void controleer(Proces proces, String variabele, CallActivity aanroep, String wat, List<String> ontbreekt) {
    if (!proces.contract().bevatWaarde(variabele)) {
      ontbreekt.add(naam(proces) + ": " + wat + " '" + variabele + "' van " + aanroep.getId());
    }
  }

  private static boolean uitVragenlijst(Proces proces, String veld) {
    return VRAGENLIJST.contains(veld) && proces.contract().constanten().containsKey("VRAGENLIJST_STALKING_PREFIX");
  }

  /**
   * Code uses a constant through its class: a single static import, a static import of the whole class with the
   * name in the file, or {@code Klasse.NAAM}.
   */
  private static boolean gebruiktInCode(Class<?> klasse, String naam, String code) {
    String volledig = Pattern.quote(klasse.getName());
    return Pattern.compile("import static " + volledig + "\\." + naam + ";").matcher(code).find()
        || Pattern.compile("\\b" + klasse.getSimpleName() + "\\." + naam + "\\b").matcher(code).find()
        || Pattern.compile("(?s)import static " + volledig + "\\.\\*;(?:(?!\\n// FILE ).)*\\b" + naam + "\\b")
            .matcher(code).find();
  }

  /** src/main/java except the contract classes themselves (a reference between contracts is not a use). */
  private static String hoofdcodeZonderContracten() {
    Set<Path> contracten = new TreeSet<>();
    Procescontracten.processen().forEach(p -> contracten.add(p.contract().bron()));
    StringBuilder code = new StringBuilder();
    for (Path bestand : Procescontracten.bestanden(Procescontracten.BRONNEN, ".java")) {
      if (!contracten.contains(bestand)) {
        code.append("\n// FILE ").append(bestand).append('\n').append(Procescontracten.tekst(bestand));
      }
    }
    return code.toString();
  }

  private static String naam(Proces proces) {
    return Procescontracten.klassenaam(proces.sleutel());
  }
}
