package nl.zsm.hg.hoofdproces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The gateway "Welke afdoeningsroute?" only reads the decision's output {@code route}, and every route
 * the decision Afdoeningsroute can give leads to exactly one outgoing sequence flow: no route gets lost
 * when the decision table changes.
 */
class RouteGatewayTest {

  private static final Pattern ROUTEWAARDE = Pattern.compile("route == '([A-Z0-9_]+)'");

  @Test
  void elkeRouteVanDeBeslissingHeeftPreciesEenUitgang() {
    Set<String> routes = routesUitBeslissing();
    assertThat(routes).hasSize(8);

    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/zsm-huiselijk-geweld.bpmn"));
    ExclusiveGateway gateway = model.getModelElementById("Gateway_Route");
    List<String> afgehandeld = new ArrayList<>();
    for (SequenceFlow uitgang : gateway.getOutgoing()) {
      String conditie = uitgang.getConditionExpression().getTextContent();
      assertThat(conditie.replaceAll(ROUTEWAARDE.pattern(), "").replaceAll("[\\s|${}]", ""))
          .as("%s vergelijkt alleen route met waarden", uitgang.getId()).isEmpty();
      Matcher m = ROUTEWAARDE.matcher(conditie);
      while (m.find()) {
        afgehandeld.add(m.group(1));
      }
    }
    assertThat(afgehandeld).containsExactlyInAnyOrderElementsOf(routes);
  }

  private static Set<String> routesUitBeslissing() {
    DmnModelInstance dmn = Dmn.readModelFromFile(new File("dmn/afdoeningsroute.dmn"));
    Collection<Decision> beslissingen = dmn.getModelElementsByType(Decision.class);
    Decision afdoeningsroute = beslissingen.stream().filter(d -> "Afdoeningsroute".equals(d.getId())).findFirst().orElseThrow();
    DecisionTable tabel = (DecisionTable) afdoeningsroute.getExpression();
    List<Output> outputs = new ArrayList<>(tabel.getOutputs());
    int kolom = outputs.indexOf(outputs.stream().filter(o -> "route".equals(o.getName())).findFirst().orElseThrow());
    Set<String> routes = new LinkedHashSet<>();
    for (Rule regel : tabel.getRules()) {
      String waarde = new ArrayList<>(regel.getOutputEntries()).get(kolom).getTextContent().trim();
      if (waarde.matches("\"[A-Z0-9_]+\"")) {
        routes.add(waarde.substring(1, waarde.length() - 1));
      }
    }
    return routes;
  }
}
