package nl.zsm.hg.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule for beans (docs/architectuur.md, "Beans: record of klasse"): a Spring bean whose only state is the
 * collaborators its one constructor receives is a {@code record}, so no hand-written fields and assignments. A class
 * stays a class when it extends another (a filter), when Spring must proxy it ({@code @Transactional}, {@code @Async},
 * {@code @Configuration}, {@code @Repository} with its exception translation: CGLIB cannot subclass a record) or when
 * it holds more than its collaborators. Reads the
 * compiled main classes; no Spring context.
 */
class BeanAlsRecordTest {

  @Test
  void eenBeanMetAlleenZijnMedewerkersIsEenRecord() {
    List<String> klassen = ArchitectuurTest.MAIN.stream()
        .filter(k -> !k.isNestedClass() && !k.isAnonymousClass())
        .map(k -> k.reflect())
        .filter(k -> AnnotatedElementUtils.hasAnnotation(k, Component.class))
        .filter(BeanAlsRecordTest::kanRecordZijn)
        .map(Class::getName)
        .sorted()
        .toList();
    assertThat(klassen).as("beans die een record kunnen zijn (alleen hun medewerkers als velden, één constructor)")
        .isEmpty();
  }

  /** The examples carry no @Component: the application's component scan would find them in the test classes. */
  @Test
  void deRegelHerkentEenBeanMetConstructorinjectie() {
    assertThat(kanRecordZijn(VoorbeeldBean.class)).isTrue();
    assertThat(kanRecordZijn(VoorbeeldRecord.class)).isFalse();
    assertThat(kanRecordZijn(VoorbeeldMetTransactie.class)).isFalse();
  }

  static boolean kanRecordZijn(Class<?> klasse) {
    if (klasse.isRecord() || klasse.isInterface() || klasse.isEnum() || klasse.getSuperclass() != Object.class
        || AnnotatedElementUtils.hasAnnotation(klasse, Configuration.class) || wordtGeproxied(klasse)) {
      return false;
    }
    Constructor<?>[] constructors = klasse.getDeclaredConstructors();
    List<Field> velden = Arrays.stream(klasse.getDeclaredFields())
        .filter(v -> !Modifier.isStatic(v.getModifiers()) && !v.isSynthetic()).toList();
    if (constructors.length != 1 || velden.isEmpty()
        || velden.stream().anyMatch(v -> !Modifier.isFinal(v.getModifiers()))) {
      return false;
    }
    Class<?>[] parameters = constructors[0].getParameterTypes();
    return Arrays.equals(parameters, velden.stream().map(Field::getType).toArray(Class<?>[]::new))
        && Arrays.stream(constructors[0].getParameterAnnotations()).allMatch(a -> a.length == 0);
  }

  private static boolean wordtGeproxied(Class<?> klasse) {
    return Stream.concat(Stream.of(klasse), Arrays.stream(klasse.getDeclaredMethods()).map(Method.class::cast))
        .anyMatch(e -> AnnotatedElementUtils.hasAnnotation(e, Transactional.class)
            || AnnotatedElementUtils.hasAnnotation(e, Async.class)
            || AnnotatedElementUtils.hasAnnotation(e, Repository.class));
  }

  static class VoorbeeldBean {
    private final Object medewerker;

    VoorbeeldBean(Object medewerker) {
      this.medewerker = medewerker;
    }
  }

  record VoorbeeldRecord(Object medewerker) {}

  static class VoorbeeldMetTransactie {
    private final Object medewerker;

    VoorbeeldMetTransactie(Object medewerker) {
      this.medewerker = medewerker;
    }

    @Transactional
    public void werk() {}
  }
}
