package nl.zsm.hg.procesbeheer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import nl.zsm.hg.ProcesBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * The deployment check finds the beans models may call by their marker {@link ProcesBean}, not by a hand-kept list:
 * a new expression bean with the marker is accepted, a bean without it is refused. No Spring context, no engine.
 */
class ProcesBeanOntdekkingTest {

  @ProcesBean
  static class GemarkeerdeBean {
    public boolean kan() {
      return true;
    }
  }

  static class GewoneBean {}

  private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

  private ModelControlePlugin plugin() {
    beans.registerBeanDefinition("nieuweExpressies", new RootBeanDefinition(GemarkeerdeBean.class));
    beans.registerBeanDefinition("dataBron", new RootBeanDefinition(GewoneBean.class));
    return new ModelControlePlugin(beans, null, Period.ofDays(180));
  }

  @Test
  void eenGemarkeerdeBeanMagInEenModel() {
    ModelControlePlugin plugin = plugin();
    assertThat(plugin.expressiebeans()).containsExactly("nieuweExpressies");
    assertThat(plugin.isProductBean("nieuweExpressies")).isTrue();
  }

  @Test
  void eenOngemarkeerdeOfOnbekendeBeanNiet() {
    ModelControlePlugin plugin = plugin();
    assertThat(plugin.isProductBean("dataBron")).isFalse();
    assertThat(plugin.isProductBean("bestaatNiet")).isFalse();
  }
}
