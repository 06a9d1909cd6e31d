package nl.zsm.hg.indicatoren.engine;

import java.time.Instant;
import java.time.YearMonth;
import nl.zsm.hg.indicatoren.domain.MaandcijferRegister;
import nl.zsm.hg.indicatoren.domain.Periode;
import nl.zsm.hg.tijd.Engineklok;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the indicators per month and region after the case history is cleaned up: on the first day of each month the
 * three previous months are (re)computed from the history and stored in {@code indicator_maand}, so a case that
 * finished late is counted while its history still exists (the history's time to live must be longer than three
 * months).
 */
@Service
public record Maandcijfers(IndicatorenService indicatoren, MaandcijferRegister register) {

  static final int MAANDEN_TERUG = 3;

  @Scheduled(cron = "${zsm.indicatoren.maandcijfers-cron:0 30 2 1 * *}", zone = "Europe/Amsterdam")
  public void bewaarAfgelopenMaanden() {
    YearMonth deze = YearMonth.from(Engineklok.vandaag());
    for (int terug = MAANDEN_TERUG; terug >= 1; terug--) {
      bewaar(deze.minusMonths(terug));
    }
  }

  /** Computes and stores one month for every region, "onbekend" included, without suppression (applied when shown). */
  public void bewaar(YearMonth maand) {
    Periode periode = new Periode(maand.atDay(1), maand.atEndOfMonth());
    Instant nu = Engineklok.nu();
    indicatoren.perRegio(periode, 0).forEach((regio, cijfers) -> register.vervang(maand, regio, cijfers, nu));
  }
}
