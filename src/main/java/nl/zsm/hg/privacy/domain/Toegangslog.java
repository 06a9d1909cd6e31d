package nl.zsm.hg.privacy.domain;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.zsm.hg.privacy.engine.Bewaartermijnen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log (table toegangslog): who opened which case's tasks, forms or variables, and when. Kept apart
 * from the case data and holds no case content: user, time, method, the path with its ids left out, the
 * zaaknummer and the engine ids it was resolved from, and the answer's status. Only appended to; removed only by
 * {@link Bewaartermijnen} after its retention period.
 *
 * <p>Written behind the request (issue 15, docs/prestaties.md): a request puts its entry in a queue and a single writer
 * stores the queue every {@value #SCHRIJFINTERVAL_MS} ms in one transaction, so a request no longer waits for its own
 * commit (on H2 with WRITE_DELAY=0 a write to disk per request). Reading the log first stores what is queued, so a
 * reader always sees every access before the read. A full queue is written by the request itself: no entry is dropped.
 * At a normal stop the queue is written; a hard kill loses at most the last {@value #SCHRIJFINTERVAL_MS} ms.
 *
 * <p>The request does not trace its case either: it queues the ids it names ({@link Verzoek}) and the writer traces
 * the whole batch with a few queries ({@link Zaakherleiding}) just before it stores it. A reader therefore also waits
 * for the tracing of everything queued. A tracing that fails stores the access with what the request named.
 */
@Repository
public class Toegangslog {

  static final long SCHRIJFINTERVAL_MS = 200;
  private static final int WACHTRIJ = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(Toegangslog.class);
  private static final String INSERT = "INSERT INTO toegangslog (tijdstip, gebruiker, methode, padfamilie, zaaknummer, "
      + "proces_instantie_id, taak_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final TransactionOperations transactie;
  private final Zaakherleider herleider;
  private final BlockingQueue<Verzoek> wachtrij = new LinkedBlockingQueue<>(WACHTRIJ);
  private final Object schrijfslot = new Object();
  private final ScheduledExecutorService schrijver = Executors.newSingleThreadScheduledExecutor(taak -> {
    Thread t = new Thread(taak, "toegangslog-schrijver");
    t.setDaemon(true);
    return t;
  });

  @Autowired
  public Toegangslog(JdbcTemplate jdbc, ObjectProvider<PlatformTransactionManager> transacties,
      ObjectProvider<Zaakherleider> herleider) {
    this(jdbc, transacties.getIfUnique() == null ? TransactionOperations.withoutTransaction()
        : new TransactionTemplate(transacties.getIfUnique()), herleider.getIfUnique(() -> Zaakherleider.GEEN),
        SCHRIJFINTERVAL_MS);
  }

  Toegangslog(JdbcTemplate jdbc, TransactionOperations transactie, long intervalMs) {
    this(jdbc, transactie, Zaakherleider.GEEN, intervalMs);
  }

  Toegangslog(JdbcTemplate jdbc, TransactionOperations transactie, Zaakherleider herleider, long intervalMs) {
    this.jdbc = jdbc;
    this.transactie = transactie;
    this.herleider = herleider;
    schrijver.scheduleWithFixedDelay(this::schrijfWachtrij, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  /** Queues the access; its case is traced and stored behind the request (no query on the request). */
  public void vastleggen(Verzoek verzoek) {
    if (!wachtrij.offer(verzoek)) {
      schrijf(List.of(verzoek));
    }
  }

  /** Stores everything queued so far (the writer does this every interval; a reader before it reads). */
  void schrijfWachtrij() {
    synchronized (schrijfslot) {
      List<Verzoek> partij = new ArrayList<>();
      while (wachtrij.drainTo(partij, 500) > 0) {
        try {
          schrijf(partij);
        } catch (RuntimeException e) {
          // database briefly unreachable: keep the entries for the next round
          LOG.warn("Toegangslog niet geschreven ({}); volgende poging over {} ms.", e.getClass().getSimpleName(),
              SCHRIJFINTERVAL_MS);
          partij.forEach(wachtrij::offer);
          return;
        }
        partij.clear();
      }
    }
  }

  private void schrijf(List<Verzoek> verzoeken) {
    List<Toegang> partij = Zaakherleiding.herleid(verzoeken, herleider);
    List<Object[]> rijen = partij.stream().map(t -> new Object[] {Timestamp.from(t.tijdstip()), t.gebruiker(),
        t.methode(), t.padfamilie(), t.zaaknummer(), t.procesInstantieId(), t.taakId(), t.status()}).toList();
    transactie.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rijen));
  }

  @PreDestroy
  void stop() {
    schrijver.shutdown();
    schrijfWachtrij();
  }

  /** The entries of one case, or of one user, newest first (at most 1000). */
  public List<Toegang> zoek(String zaaknummer, String gebruiker) {
    schrijfWachtrij();
    StringBuilder sql = new StringBuilder("SELECT tijdstip, gebruiker, methode, padfamilie, zaaknummer, proces_instantie_id, "
        + "taak_id, status FROM toegangslog WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (zaaknummer != null) {
      sql.append(" AND zaaknummer = ?");
      parameters.add(zaaknummer);
    }
    if (gebruiker != null) {
      sql.append(" AND gebruiker = ?");
      parameters.add(gebruiker);
    }
    sql.append(" ORDER BY tijdstip DESC, id DESC FETCH FIRST 1000 ROWS ONLY");
    return jdbc.query(sql.toString(), (rs, i) -> new Toegang(rs.getTimestamp("tijdstip").toInstant(),
        rs.getString("gebruiker"), rs.getString("methode"), rs.getString("padfamilie"), rs.getString("zaaknummer"),
        rs.getString("proces_instantie_id"), rs.getString("taak_id"), rs.getInt("status")), parameters.toArray());
  }

  /** One access. */
  public record Toegang(Instant tijdstip, String gebruiker, String methode, String padfamilie, String zaaknummer,
      String procesInstantieId, String taakId, int status) {}
}
