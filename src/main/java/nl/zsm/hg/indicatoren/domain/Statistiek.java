package nl.zsm.hg.indicatoren.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** Median and percentiles of durations, in hours; shares in percent. Rounded to one decimal. */
final class Statistiek {

  private Statistiek() {}

  /** The median; for an even number the mean of the two middle values. Null for no values. */
  static Double mediaanUren(List<Duration> duren) {
    if (duren.isEmpty()) {
      return null;
    }
    List<Long> s = gesorteerd(duren);
    int n = s.size();
    double seconden = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    return afgerond(seconden / 3600.0);
  }

  /** Nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it. */
  static Double percentielUren(List<Duration> duren, int p) {
    if (duren.isEmpty()) {
      return null;
    }
    List<Long> s = gesorteerd(duren);
    int rang = (int) Math.ceil(p / 100.0 * s.size());
    return afgerond(s.get(Math.max(rang, 1) - 1) / 3600.0);
  }

  static Double procent(long teller, long noemer) {
    return noemer == 0 ? null : afgerond(100.0 * teller / noemer);
  }

  static double afgerond(double waarde) {
    return BigDecimal.valueOf(waarde).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  private static List<Long> gesorteerd(List<Duration> duren) {
    return duren.stream().map(Duration::getSeconds).sorted().toList();
  }
}
