package nl.zsm.hg.tijd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the product's rules: the engine's clock (ClockUtil), in Europe/Amsterdam. Timers, history and
 * the rules then agree on "now", also when a test moves the engine clock.
 */
public final class Engineklok extends Clock {

  private final ZoneId zone;

  public Engineklok() {
    this(Amsterdam.ZONE);
  }

  private Engineklok(ZoneId zone) {
    this.zone = zone;
  }

  /** Now on the engine clock. */
  public static Instant nu() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Now on the engine clock as the {@link Date} a process variable holds. */
  public static Date nuAlsDatum() {
    return ClockUtil.getCurrentTime();
  }

  /** Now on the engine clock in Europe/Amsterdam. */
  public static ZonedDateTime nuInAmsterdam() {
    return nu().atZone(Amsterdam.ZONE);
  }

  /** Today in Europe/Amsterdam on the engine clock. */
  public static LocalDate vandaag() {
    return LocalDate.ofInstant(nu(), Amsterdam.ZONE);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId andereZone) {
    return new Engineklok(andereZone);
  }

  @Override
  public Instant instant() {
    return nu();
  }

  /** The clock as a Spring bean, for the domain services that take a {@link Clock}. */
  @Configuration
  static class Configuratie {
    @Bean
    Clock klok() {
      return new Engineklok();
    }
  }
}
