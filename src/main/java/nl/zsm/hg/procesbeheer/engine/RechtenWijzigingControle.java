package nl.zsm.hg.procesbeheer.engine;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A new version of a process may not change who does what: each task keeps its candidate groups, and a new
 * task only goes to an organisation that already had a task in that process. So a process owner cannot route
 * e.g. the victim's answers (shared with Veilig Thuis only) to another organisation. A new process and the
 * deployment at start-up (a release, reviewed as code) are not compared.
 */
public class RechtenWijzigingControle {

  /** The reason the new model is refused, or empty. vorigeVersie gives the BPMN of the latest version of a process key. */
  public Optional<String> controleer(String bestand, byte[] nieuw, Function<String, byte[]> vorigeVersie) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(nieuw));
    for (Process proces : model.getModelElementsByType(Process.class)) {
      byte[] vorige = vorigeVersie.apply(proces.getId());
      if (vorige == null) {
        continue;
      }
      Map<String, Set<String>> was = kandidaten(Bpmn.readModelFromStream(new ByteArrayInputStream(vorige)), proces.getId());
      Set<String> bekendeGroepen = was.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
      for (Map.Entry<String, Set<String>> taak : kandidaten(model, proces.getId()).entrySet()) {
        Set<String> vroeger = was.get(taak.getKey());
        if (vroeger != null && !vroeger.equals(taak.getValue())) {
          return Optional.of(melding(bestand, taak.getKey(), "de kandidaatgroepen wijzigen van " + new TreeSet<>(vroeger)
              + " naar " + new TreeSet<>(taak.getValue())));
        }
        if (vroeger == null && !bekendeGroepen.containsAll(taak.getValue())) {
          Set<String> nieuweGroepen = new TreeSet<>(taak.getValue());
          nieuweGroepen.removeAll(bekendeGroepen);
          return Optional.of(melding(bestand, taak.getKey(), "een nieuwe taak voor " + nieuweGroepen
              + ", die nog geen taak in dit proces had"));
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Set<String>> kandidaten(BpmnModelInstance model, String procesId) {
    Map<String, Set<String>> kandidaten = new HashMap<>();
    for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
      if (taak.getScope() instanceof Process && !((Process) taak.getScope()).getId().equals(procesId)) {
        continue;
      }
      String groepen = taak.getCamundaCandidateGroups();
      kandidaten.put(taak.getId(), groepen == null ? Set.of() : Arrays.stream(groepen.split(","))
          .map(String::trim).filter(g -> !g.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    return kandidaten;
  }

  private static String melding(String bestand, String taakId, String wijziging) {
    return "Deployment geweigerd: " + bestand + ", element '" + taakId + "': " + wijziging
        + ". Dat wijzigt wie wat mag; alleen de beheerder deployt zo'n wijziging.";
  }
}
