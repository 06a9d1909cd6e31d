package nl.zsm.hg.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful HTTP Basic login (user, groups, tenants) for a short time, so that a REST client clicking
 * through tasks does not pay a password hash and three identity queries on every request (issue 15,
 * docs/prestaties.md). Keyed by a SHA-256 of the Authorization header: the password itself is never kept. Failed
 * logins are never remembered, so the engine's lock-out after wrong passwords works as before. A changed password, a
 * removed user or a changed group membership takes effect after at most {@link #GELDIG} (the cache is also small:
 * at most {@link #MAXIMUM} entries, emptied when full).
 */
public final class AanmeldingCache {

  public static final Duration GELDIG = Duration.ofSeconds(30);
  static final int MAXIMUM = 10_000;

  public record Aanmelding(String userId, List<String> groepen, List<String> tenants, Instant tot) {}

  private final Map<String, Aanmelding> aanmeldingen = new ConcurrentHashMap<>();
  private final Clock klok;

  public AanmeldingCache(Clock klok) {
    this.klok = klok;
  }

  public Aanmelding zoek(String header) {
    Aanmelding a = aanmeldingen.get(sleutel(header));
    if (a == null || !a.tot().isAfter(klok.instant())) {
      return null;
    }
    return a;
  }

  public void onthoud(String header, String userId, List<String> groepen, List<String> tenants) {
    if (aanmeldingen.size() >= MAXIMUM) {
      aanmeldingen.clear();
    }
    aanmeldingen.put(sleutel(header), new Aanmelding(userId, List.copyOf(groepen), List.copyOf(tenants),
        klok.instant().plus(GELDIG)));
  }

  private static String sleutel(String header) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
