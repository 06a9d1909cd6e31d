package nl.zsm.hg.privacy.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.zsm.hg.privacy.domain.Zaakherleider.Soort;
import nl.zsm.hg.privacy.domain.Zaakherleider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the case (zaaknummer = business key of the root process) of tasks, process instances, executions and
 * variables, also for a called process and after the case ended (history), for a whole batch of the access log
 * at once: one query per kind of id. Reads the engine's tables directly, so without the user's authorizations:
 * the access log also records attempts on cases the user may not see.
 */
@Component
public record ZaakHerleiding(NamedParameterJdbcTemplate jdbc) implements Zaakherleider {

  private static final Map<Soort, String> SQL = Map.of(
      Soort.TAAK, "SELECT ID_, PROC_INST_ID_ FROM ACT_HI_TASKINST WHERE ID_ IN (:ids)",
      Soort.EXECUTIE, "SELECT ID_, PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE ID_ IN (:ids)",
      Soort.VARIABELE, "SELECT ID_, PROC_INST_ID_ FROM ACT_HI_VARINST WHERE ID_ IN (:ids)",
      Soort.ZAAKNUMMER, "SELECT p.PROC_INST_ID_, COALESCE(r.BUSINESS_KEY_, p.BUSINESS_KEY_) "
          + "FROM ACT_HI_PROCINST p LEFT JOIN ACT_HI_PROCINST r ON r.PROC_INST_ID_ = p.ROOT_PROC_INST_ID_ "
          + "WHERE p.PROC_INST_ID_ IN (:ids)");

  @Override
  public Map<String, String> herleid(Soort soort, Set<String> ids) {
    Map<String, String> uitkomst = new HashMap<>();
    if (ids.isEmpty()) {
      return uitkomst;
    }
    jdbc.query(SQL.get(soort), Map.of("ids", ids), rij -> {
      if (rij.getString(2) != null) {
        uitkomst.put(rij.getString(1), rij.getString(2));
      }
    });
    return uitkomst;
  }
}
