package nl.zsm.hg.security.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.zsm.hg.tijd.Engineklok;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles failed logins per client address (sliding window on the engine's clock). Together with the
 * engine's per-user delay (bounded, never a permanent lock, see application.yaml) an outsider cannot keep a
 * user locked out: after {@code zsm.inloggen.max-mislukt-per-adres} failures within
 * {@code zsm.inloggen.venster} the address is refused (429) without the password reaching the engine, so its
 * attempts no longer delay the user.
 */
@Component
public class InlogRemmer {

  private final int maxMislukt;
  private final Duration venster;
  private final Map<String, Deque<Long>> mislukt = new ConcurrentHashMap<>();

  public InlogRemmer(@Value("${zsm.inloggen.max-mislukt-per-adres:10}") int maxMislukt,
      @Value("${zsm.inloggen.venster:PT15M}") Duration venster) {
    this.maxMislukt = maxMislukt;
    this.venster = venster;
  }

  /** Seconds until the address may try again, or 0 if it may try now. */
  public long wachttijd(String adres) {
    Deque<Long> pogingen = mislukt.get(adres);
    if (pogingen == null) {
      return 0;
    }
    synchronized (pogingen) {
      long nu = Engineklok.nu().toEpochMilli();
      opruimen(pogingen, nu);
      if (pogingen.size() < maxMislukt) {
        return 0;
      }
      return Math.max(1, (pogingen.peekFirst() + venster.toMillis() - nu + 999) / 1000);
    }
  }

  public void mislukt(String adres) {
    Deque<Long> pogingen = mislukt.computeIfAbsent(adres, a -> new ArrayDeque<>());
    synchronized (pogingen) {
      long nu = Engineklok.nu().toEpochMilli();
      opruimen(pogingen, nu);
      pogingen.addLast(nu);
      while (pogingen.size() > maxMislukt) {
        pogingen.removeFirst();
      }
    }
  }

  /** Forgets all failures (tests move the clock back). */
  public void vergeetAlles() {
    mislukt.clear();
  }

  private void opruimen(Deque<Long> pogingen, long nu) {
    while (!pogingen.isEmpty() && (pogingen.peekFirst() <= nu - venster.toMillis() || pogingen.peekFirst() > nu)) {
      pogingen.removeFirst();
    }
  }
}
