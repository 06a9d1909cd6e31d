package nl.zsm.hg.privacy.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Issue 15: a request no longer waits for its own access-log commit. The entry is queued and written in batches behind
 * the request; a reader of the log first gets everything queued written. Tracing the case (task -> process
 * instance -> zaaknummer) also happens behind the request, for a whole batch at once.
 */
class ToegangslogWachtrijTest {

  /** Records what would have gone to the database. */
  static class Database extends JdbcTemplate {
    final List<Integer> partijen = new ArrayList<>();
    int losseInserts;

    @Override
    public int[] batchUpdate(String sql, List<Object[]> rijen) {
      partijen.add(rijen.size());
      return new int[rijen.size()];
    }

    @Override
    public int update(String sql, Object... args) {
      losseInserts++;
      return 1;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
      return List.of();
    }
  }

  private static Verzoek toegang(int i) {
    return new Verzoek(Instant.now(), "vt", "GET", "/engine-rest/task/{id}", "taak-" + i, null, null, null,
        "ZSM-2026-00000" + i, 200);
  }

  @Test
  void eenVerzoekSchrijftNietZelfEnDeWachtrijGaatInEenPartij() {
    Database db = new Database();
    Toegangslog log = new Toegangslog(db, TransactionOperations.withoutTransaction(), 3_600_000);
    for (int i = 0; i < 3; i++) {
      log.vastleggen(toegang(i));
    }
    assertThat(db.losseInserts).as("geen schrijfactie per verzoek").isZero();
    assertThat(db.partijen).isEmpty();

    log.schrijfWachtrij();
    assertThat(db.partijen).containsExactly(3);
    log.stop();
  }

  @Test
  void lezenSchrijftEerstDeWachtrij() {
    Database db = new Database();
    Toegangslog log = new Toegangslog(db, TransactionOperations.withoutTransaction(), 3_600_000);
    log.vastleggen(toegang(1));
    log.zoek("ZSM-2026-000001", null);
    assertThat(db.partijen).containsExactly(1);
    log.stop();
  }

  /** A tracer that records on which thread and with how many ids it was asked, and knows two tasks of one case. */
  static final class Herleider implements Zaakherleider {
    final List<String> threads = new ArrayList<>();
    final List<Set<String>> vragen = new ArrayList<>();
    boolean storing;

    private Map<String, String> antwoord(Set<String> ids, Map<String, String> bekend) {
      threads.add(Thread.currentThread().getName());
      vragen.add(Set.copyOf(ids));
      if (storing) {
        throw new IllegalStateException("database weg");
      }
      Map<String, String> uit = new HashMap<>(bekend);
      uit.keySet().retainAll(ids);
      return uit;
    }

    @Override
    public Map<String, String> herleid(Soort soort, Set<String> ids) {
      return antwoord(ids, switch (soort) {
        case TAAK -> Map.of("taak-1", "deelproces-1", "taak-2", "hoofdproces-1");
        case EXECUTIE -> Map.of("executie-1", "hoofdproces-1");
        case VARIABELE -> Map.of();
        case ZAAKNUMMER -> Map.of("deelproces-1", "ZSM-2026-000042", "hoofdproces-1", "ZSM-2026-000042");
      });
    }
  }

  /** Records the rows it is given. */
  static final class Rijen extends Database {
    final List<Object[]> rijen = new ArrayList<>();

    @Override
    public int[] batchUpdate(String sql, List<Object[]> partij) {
      rijen.addAll(partij);
      return super.batchUpdate(sql, partij);
    }
  }

  private static Verzoek naar(String taak, String executie, String procesInstantie) {
    return new Verzoek(Instant.now(), "ovj", "GET", "/engine-rest/task/{id}/form-variables", taak, procesInstantie,
        executie, null, null, 200);
  }

  @Test
  void hetVerzoekHerleidtDeZaakNietDeSchrijverDoetDatVoorDeHelePartijInEenVraagPerSoortId() {
    Rijen db = new Rijen();
    Herleider herleider = new Herleider();
    Toegangslog log = new Toegangslog(db, TransactionOperations.withoutTransaction(), herleider, 3_600_000);
    log.vastleggen(naar("taak-1", null, null));
    log.vastleggen(naar("taak-2", null, null));
    log.vastleggen(naar(null, "executie-1", null));
    log.vastleggen(naar("taak-2", null, "hoofdproces-1"));
    assertThat(herleider.vragen).as("geen opvraging op het verzoek").isEmpty();

    Thread lezer = new Thread(() -> log.zoek("ZSM-2026-000042", null), "lezer");
    lezer.start();
    try {
      lezer.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    // a reader gets everything traced and written first: tasks (one question), executions, then zaaknummers
    assertThat(herleider.vragen).containsExactly(Set.of("taak-1", "taak-2"), Set.of("executie-1"),
        Set.of("deelproces-1", "hoofdproces-1"));
    assertThat(herleider.threads).containsOnly("lezer");
    assertThat(db.rijen).hasSize(4);
    assertThat(db.rijen).allSatisfy(rij -> assertThat(rij[4]).isEqualTo("ZSM-2026-000042"));
    assertThat(db.rijen.stream().map(rij -> rij[5]).toList())
        .containsExactly("deelproces-1", "hoofdproces-1", "hoofdproces-1", "hoofdproces-1");
    log.stop();
  }

  @Test
  void eenMislukteHerleidingLegtDeToegangTochVastMetWatHetVerzoekNoemde() {
    Rijen db = new Rijen();
    Herleider herleider = new Herleider();
    herleider.storing = true;
    Toegangslog log = new Toegangslog(db, TransactionOperations.withoutTransaction(), herleider, 3_600_000);
    log.vastleggen(naar("taak-1", null, null));
    log.vastleggen(new Verzoek(Instant.now(), "ovj", "GET", "/engine-rest/process-instance", null, null, null, null,
        "ZSM-2026-000007", 200));
    log.schrijfWachtrij();
    assertThat(db.rijen).hasSize(2);
    assertThat(db.rijen.get(0)[6]).isEqualTo("taak-1");
    assertThat(db.rijen.get(0)[4]).isNull();
    assertThat(db.rijen.get(1)[4]).isEqualTo("ZSM-2026-000007");
    log.stop();
  }

  /**
   * The filter that runs on every request only queues what the request names: it reaches no tracer and no engine
   * query (before issue 15's change it called ZaakHerleiding, two to four queries per request).
   */
  @Test
  void hetFilterOpHetVerzoekDoetGeenOpvraging() {
    var klassen = new ClassFileImporter().importClasses(nl.zsm.hg.privacy.rest.ToegangslogFilter.class);
    noClasses().that().haveSimpleName("ToegangslogFilter")
        .should().dependOnClassesThat().haveSimpleName("ZaakHerleiding")
        .orShould().dependOnClassesThat().haveSimpleName("Zaakherleider")
        .orShould().dependOnClassesThat().haveSimpleName("Zaakherleiding")
        .orShould().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.history..",
            "org.camunda.bpm.engine.runtime..", "org.camunda.bpm.engine.task..", "org.springframework.jdbc..")
        .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a query of the engine",
            aanroep -> aanroep.getTarget().getName().startsWith("create")
                && aanroep.getTarget().getName().endsWith("Query")))
        .check(klassen);
  }
}
