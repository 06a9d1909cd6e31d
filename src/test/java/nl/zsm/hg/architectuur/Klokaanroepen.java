package nl.zsm.hg.architectuur;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Set;

/** The calls that read a clock of their own instead of the engine clock. */
final class Klokaanroepen {

  private static final Set<String> JAVA_TIME = Set.of("java.time.Instant", "java.time.LocalDate",
      "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
      "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

  static final DescribedPredicate<JavaMethodCall> STATISCHE_TIJD = DescribedPredicate.describe(
      "a static now() without a Clock, Clock.system*(), System.currentTimeMillis() or ClockUtil", Klokaanroepen::leestEigenKlok);

  private Klokaanroepen() {}

  static boolean leestEigenKlok(JavaMethodCall aanroep) {
    String eigenaar = aanroep.getTargetOwner().getName();
    String naam = aanroep.getName();
    boolean metKlok = aanroep.getTarget().getRawParameterTypes().stream()
        .anyMatch(type -> type.getName().equals("java.time.Clock"));
    return (JAVA_TIME.contains(eigenaar) && naam.equals("now") && !metKlok)
        || (eigenaar.equals("java.time.Clock") && naam.startsWith("system"))
        || (eigenaar.equals("java.lang.System") && naam.equals("currentTimeMillis"))
        || eigenaar.equals("org.camunda.bpm.engine.impl.util.ClockUtil");
  }
}
