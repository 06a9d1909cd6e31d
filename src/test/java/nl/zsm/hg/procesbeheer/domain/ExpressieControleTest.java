package nl.zsm.hg.procesbeheer.domain;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for expressions in models, without the engine. */
class ExpressieControleTest {

  /** The product's expression beans (found as Spring would, by their mark {@code @ProcesBean}), and some delegates. */
  private static final Set<String> PRODUCT = java.util.stream.Stream.concat(procesBeans(),
      java.util.stream.Stream.of("slachtofferMailen", "maatregelenRegistreren", "deelprocesUitkomst", "termijnenVastleggen"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static java.util.stream.Stream<String> procesBeans() {
    var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(nl.zsm.hg.ProcesBean.class));
    var namen = new org.springframework.context.annotation.AnnotationBeanNameGenerator();
    var register = new org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry();
    // a bean from a @Bean method is named by its class's constant BEAN
    return scanner.findCandidateComponents("nl.zsm.hg").stream().map(b -> {
      try {
        return (String) Class.forName(b.getBeanClassName()).getField("BEAN").get(null);
      } catch (ReflectiveOperationException geenConstante) {
        return namen.generateBeanName(b, register);
      }
    });
  }

  private static final Set<String> SPRING = Set.of("identityService", "runtimeService", "processEngine",
      "dataSource", "jdbcTemplate", "environment", "zaaknummerRegister");

  private final ExpressieControle controle = new ExpressieControle(
      naam -> PRODUCT.contains(naam), naam -> PRODUCT.contains(naam) || SPRING.contains(naam));

  @Test
  void elkeExpressieInDeModellenVanHetProductIsToegestaan() throws IOException {
    Pattern attribuutOfTekst = Pattern.compile("[\"'>]([^\"'<>]*[$#]\\{[^<\"]*\\}[^\"'<>]*)[\"'<]");
    List<Path> modellen;
    try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
      modellen = bestanden.filter(p -> p.toString().endsWith(".bpmn")).toList();
    }
    int aantal = 0;
    for (Path model : modellen) {
      Matcher matcher = attribuutOfTekst.matcher(Files.readString(model).replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<"));
      while (matcher.find()) {
        String tekst = matcher.group(1);
        String expressie = tekst.contains("${") ? tekst.substring(tekst.indexOf("${")) : tekst;
        if (expressie.contains("${")) {
          // only judge expressions whose beans this test knows; delegates (${intakeControleren}) are plain names
          assertThat(controle.bezwaar(tekst).filter(r -> !r.contains("geen bean van het product")))
              .as(model + ": " + tekst).isEmpty();
          aantal++;
        }
      }
    }
    assertThat(aantal).as("gevonden expressies").isGreaterThan(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${route == 'ONDERZOEKSPLAN' || route == 'SEPOT'}",
      "${execution.getVariable('vast') == false ? null : termijnen.zelfdeDagUiterlijk(now())}",
      "#{execution.processBusinessKey}",
      "${decisionResult.getSingleResult().getEntry('adviseur')}",
      "${afdoeningsroute.route}",
      "${!onderzoeksplanGeaccordeerd}",
      "${termijnOverschrijding.meld(execution, 'ophouden voor onderzoek (art. 56a Sv)', ophoudenUiterlijk)}",
      "${maatregelenRegistreren}",
      "${adviseurGroep}",
      "tekst zonder expressie"})
  void toegestaan(String tekst) {
    assertThat(controle.bezwaar(tekst)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${identityService.createMembership('procesbeheerder','camunda-admin')}",
      "${execution.getProcessEngineServices().getIdentityService()}",
      "${execution.processEngine}",
      "${task.execution.processEngineServices}",
      "${processEngine.identityService}",
      "${zaaknummerRegister.vastleggen('x')}",
      "${termijnen.getClass().forName('java.lang.Runtime')}",
      "${termijnen.klok.instant()}",
      "${zaak.getClass()}",
      "${zaak.class.classLoader}",
      "${vastgelegd.toString()}",
      "${execution['processEngineServices']}",
      "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
      "${fn:exec('x')}",
      "${(zaak).getClass()}",
      "${(termijnen).plandatum(x).getClass()}",
      "${1.5.toString()}",
      "${caseExecution.processEngine}",
      "${x = 1}",
      "${a; b}",
      "${'niet afgesloten}"})
  void geweigerd(String tekst) {
    assertThat(controle.bezwaar(tekst)).as(tekst).isPresent();
  }

  @Test
  void deBewaartermijnVanEenModelIsBegrensd() {
    assertThat(Historietermijn.dagen("P180D")).isEqualTo(180);
    assertThat(Historietermijn.dagen("365")).isEqualTo(365);
    assertThat(Historietermijn.dagen("P99999999999D")).isEqualTo(Integer.MAX_VALUE);
    assertThat(Historietermijn.dagen("${ttl}")).isEqualTo(-1);
  }
}
