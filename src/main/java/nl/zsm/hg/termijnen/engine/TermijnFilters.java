package nl.zsm.hg.termijnen.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.takenlijst.engine.TakenlijstKenmerken;
import nl.zsm.hg.termijnen.domain.Termijn;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters per organisation (and for the ZSM-supervisor), created at start-up (idempotent): all open tasks of the
 * organisation, those that have a deadline, those whose deadline passes within two hours, and those past their
 * deadline, each sorted by deadline and showing zaaknummer, vast/niet-vast, label and deadline per task. Each
 * filter is readable only by its organisation's group. Filters of an earlier release are brought up to date: name,
 * query and properties; a filter is recognised by its stable key ({@value #SLEUTEL_PROPERTY}) and organisation, so a
 * renamed filter is updated, not duplicated (a filter from before the key by its name and organisation).
 */
@Component
@Order(10)
public class TermijnFilters extends AbstractProcessEnginePlugin {

  static final String ALLE_TAKEN = "Mijn organisatie - alle taken";
  static final String OP_TERMIJN = "Mijn organisatie - op termijn";
  static final String BINNEN_2_UUR = "Termijn verloopt binnen 2 uur";
  static final String VERSTREKEN = "Termijn verstreken";
  static final String ORGANISATIE_PROPERTY = "organisatie";
  /** The filter's stable key, independent of its name (which a release may change). */
  static final String SLEUTEL_PROPERTY = "zsmFilter";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    List<Filter> bestaand = engine.getFilterService().createFilterQuery().list();
    List<Organisatie> metFilters = new ArrayList<>(Organisatie.ketenpartners());
    // the supervisor's tasks of the termijnbewaking (warnings, overschrijdingen) in Tasklist
    metFilters.add(Organisatie.ZSM_SUPERVISOR);
    for (Organisatie organisatie : metFilters) {
      String groep = organisatie.groupId();
      maak(engine, bestaand, groep, "alle-taken", ALLE_TAKEN, 0, "#555555",
          "Alle open taken van " + organisatie.naam(), q -> q);
      maak(engine, bestaand, groep, "op-termijn", OP_TERMIJN, -10, "#3b7ea1",
          "Taken van " + organisatie.naam() + " met een termijn, de eerstvolgende bovenaan",
          q -> q.dueAfterExpression("${dateTime().minusYears(100).toDate()}"));
      maak(engine, bestaand, groep, "binnen-2-uur", BINNEN_2_UUR, -20, "#e8a33d",
          "Termijn verloopt binnen twee uur: nu oppakken",
          q -> q.dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(2).toDate()}"));
      maak(engine, bestaand, groep, "verstreken", VERSTREKEN, -30, "#c0392b",
          "Termijn verstreken: direct melden bij de ZSM-supervisor",
          q -> q.dueBeforeExpression("${now()}"));
    }
  }

  private void maak(ProcessEngine engine, List<Filter> bestaand, String groep, String sleutel, String naam,
      int prioriteit, String kleur, String omschrijving, UnaryOperator<TaskQuery> termijn) {
    TaskQuery query = termijn.apply(engine.getTaskService().createTaskQuery().taskCandidateGroup(groep).includeAssignedTasks())
        .orderByDueDate().asc();
    Map<String, Object> properties = eigenschappen(groep, prioriteit, kleur, omschrijving);
    properties.put(SLEUTEL_PROPERTY, sleutel);
    Filter eerder = bestaand.stream().filter(f -> eigenschap(f, SLEUTEL_PROPERTY) == null ? naam.equals(f.getName())
        : sleutel.equals(eigenschap(f, SLEUTEL_PROPERTY))).filter(f -> groep.equals(eigenschap(f, ORGANISATIE_PROPERTY)))
        .findFirst().orElse(null);
    if (eerder != null) {
      // a filter of an earlier release gets this release's name, query and columns; its id and read authorization stay
      engine.getFilterService().saveFilter(eerder.setName(naam).setQuery(query).setProperties(properties));
      return;
    }
    FilterService filterService = engine.getFilterService();
    Filter filter = filterService.newTaskFilter(naam).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);

    AuthorizationService authorizationService = engine.getAuthorizationService();
    Authorization lezen = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    lezen.setGroupId(groep);
    lezen.setResource(Resources.FILTER);
    lezen.setResourceId(filter.getId());
    lezen.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(lezen);
  }

  private static Object eigenschap(Filter filter, String naam) {
    return filter.getProperties() == null ? null : filter.getProperties().get(naam);
  }

  /** Name, colour and order in the list, and the case's columns in the task list (zaaknummer first). */
  static Map<String, Object> eigenschappen(String groep, int prioriteit, String kleur, String omschrijving) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", omschrijving);
    properties.put("priority", prioriteit);
    properties.put("color", kleur);
    properties.put("refresh", true);
    properties.put(ORGANISATIE_PROPERTY, groep);
    properties.put("variables", List.of(
        Map.of("name", TakenlijstKenmerken.ZAAKNUMMER, "label", "Zaaknummer"),
        Map.of("name", TakenlijstKenmerken.TERMIJN_TOT, "label", "Termijn tot"),
        Map.of("name", TakenlijstKenmerken.ZAAKSOORT, "label", "Vast/niet-vast"),
        Map.of("name", TakenlijstKenmerken.ZAAKLABEL, "label", "Label")));
    return properties;
  }
}
