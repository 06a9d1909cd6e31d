package nl.zsm.hg.privacy.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

  private static final String TAKEN = "SELECT ID_, PROC_INST_ID_ FROM ACT_HI_TASKINST WHERE ID_ IN (:ids)";
  private static final String EXECUTIES = "SELECT ID_, PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE ID_ IN (:ids)";
  private static final String VARIABELEN = "SELECT ID_, PROC_INST_ID_ FROM ACT_HI_VARINST WHERE ID_ IN (:ids)";
  private static final String ZAAKNUMMERS = "SELECT p.PROC_INST_ID_, COALESCE(r.BUSINESS_KEY_, p.BUSINESS_KEY_) "
      + "FROM ACT_HI_PROCINST p LEFT JOIN ACT_HI_PROCINST r ON r.PROC_INST_ID_ = p.ROOT_PROC_INST_ID_ "
      + "WHERE p.PROC_INST_ID_ IN (:ids)";

  @Override
  public Map<String, String> procesInstantiesVanTaken(Set<String> taakIds) {
    return paren(TAKEN, taakIds);
  }

  @Override
  public Map<String, String> procesInstantiesVanExecuties(Set<String> executieIds) {
    return paren(EXECUTIES, executieIds);
  }

  @Override
  public Map<String, String> procesInstantiesVanVariabelen(Set<String> variabeleIds) {
    return paren(VARIABELEN, variabeleIds);
  }

  @Override
  public Map<String, String> zaaknummers(Set<String> procesInstantieIds) {
    return paren(ZAAKNUMMERS, procesInstantieIds);
  }

  private Map<String, String> paren(String sql, Set<String> ids) {
    Map<String, String> uitkomst = new HashMap<>();
    if (ids.isEmpty()) {
      return uitkomst;
    }
    jdbc.query(sql, Map.of("ids", ids), rij -> {
      if (rij.getString(2) != null) {
        uitkomst.put(rij.getString(1), rij.getString(2));
      }
    });
    return uitkomst;
  }
}
