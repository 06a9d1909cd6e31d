package nl.zsm.hg.hoofdproces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the history rows of one case: every process instance whose root is an instance with the case's business key
 * (the case with its called processes, and its e-mail instances, which are roots of their own).
 */
final class HistorieRijen {

  static final List<String> TABELLEN = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG",
      "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY");

  private static final String WORTELS =
      "(select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and ID_ = ROOT_PROC_INST_ID_)";

  private HistorieRijen() {}

  static Map<String, Integer> van(JdbcTemplate jdbc, String zaaknummer) {
    Map<String, Integer> rijen = new LinkedHashMap<>();
    for (String tabel : TABELLEN) {
      rijen.put(tabel, jdbc.queryForObject("select count(*) from " + tabel + " where ROOT_PROC_INST_ID_ in " + WORTELS,
          Integer.class, zaaknummer));
    }
    return rijen;
  }

  static Map<String, Integer> detailsPerNaam(JdbcTemplate jdbc, String zaaknummer) {
    return aantalPerNaam(jdbc, "select NAME_, count(*) from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ in " + WORTELS
        + " group by NAME_ order by count(*) desc", zaaknummer);
  }

  /** The activities (ACT_ID_, null outside an activity) in which details of the variable {@code naam} were written. */
  static List<String> detailActiviteiten(JdbcTemplate jdbc, String zaaknummer, String naam) {
    return jdbc.queryForList("select a.ACT_ID_ from ACT_HI_DETAIL d left join ACT_HI_ACTINST a on a.ID_ = d.ACT_INST_ID_"
        + " where d.NAME_ = ? and d.ROOT_PROC_INST_ID_ in " + WORTELS, String.class, naam, zaaknummer);
  }

  /** Per process: historic variables, of which without a value (e.g. an out mapping of a variable never set). */
  static Map<String, String> variabelenPerProces(JdbcTemplate jdbc, String zaaknummer) {
    Map<String, String> perProces = new LinkedHashMap<>();
    jdbc.query("select PROC_DEF_KEY_, count(*), sum(case when VAR_TYPE_ = 'null' then 1 else 0 end),"
        + " sum(case when TASK_ID_ is not null then 1 else 0 end) from ACT_HI_VARINST where ROOT_PROC_INST_ID_ in "
        + WORTELS + " group by PROC_DEF_KEY_ order by count(*) desc", rs -> {
          perProces.put(rs.getString(1), rs.getInt(2) + " (leeg " + rs.getInt(3) + ", taaklokaal " + rs.getInt(4) + ")");
        }, zaaknummer);
    return perProces;
  }

  /** Variable names that exist in more than one process instance of the case: copies. */
  static Map<String, Integer> kopieen(JdbcTemplate jdbc, String zaaknummer) {
    return aantalPerNaam(jdbc, "select NAME_, count(*) from ACT_HI_VARINST where TASK_ID_ is null and ROOT_PROC_INST_ID_ in "
        + WORTELS + " group by NAME_ having count(*) > 1 order by count(*) desc", zaaknummer);
  }

  /** Name -> count of a query that selects those two columns for the case's process instances. */
  private static Map<String, Integer> aantalPerNaam(JdbcTemplate jdbc, String sql, String zaaknummer) {
    Map<String, Integer> perNaam = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      perNaam.put(rs.getString(1), rs.getInt(2));
    }, zaaknummer);
    return perNaam;
  }

  /** process:variable of every historic variable without a value. */
  static List<String> zonderWaarde(JdbcTemplate jdbc, String zaaknummer) {
    return jdbc.queryForList("select PROC_DEF_KEY_ || ':' || NAME_ from ACT_HI_VARINST where VAR_TYPE_ = 'null'"
        + " and ROOT_PROC_INST_ID_ in " + WORTELS, String.class, zaaknummer);
  }
}
