package nl.zsm.hg.procesbeheer.engine;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zsm.hg.ProcesBean;
import nl.zsm.hg.procesbeheer.domain.DeploymentRegister;
import nl.zsm.hg.procesbeheer.domain.DmnModelControle;
import nl.zsm.hg.procesbeheer.domain.ExpressieControle;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.tijd.Engineklok;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Engine plugin for what process owners deploy: checks every BPMN model (parse listener), DMN and CMMN
 * (pre-deployer) and records every accepted deployment (post-deployer). Applies to the product's own
 * deployment at start-up too, so the product's models are held to the same rules.
 */
@Component
@Order(0)
@DependsOnDatabaseInitialization
public class ModelControlePlugin extends AbstractProcessEnginePlugin {

  private static final String PRODUCT = "nl.zsm.hg.";
  private static final List<Class<?>> DELEGATE_SOORTEN =
      List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class, DelegateVariableMapping.class);

  private final ListableBeanFactory beans;
  /** Beans with methods for models that are not delegates or listeners: those marked {@link ProcesBean}. */
  private Set<String> expressiebeans;
  private final DeploymentRegister register;
  private final int maxHistorieDagen;

  public ModelControlePlugin(ListableBeanFactory beans, DeploymentRegister register,
      @Value("${zsm.bewaartermijnen.zaakgegevens:P180D}") Period zaakgegevens) {
    this.beans = beans;
    this.register = register;
    // the period in days as counted from today, e.g. P6M -> 181 to 184; P180D -> 180
    this.maxHistorieDagen = (int) ChronoUnit.DAYS.between(Engineklok.vandaag(), Engineklok.vandaag().plus(zaakgegevens));
  }

  /** The groups that may be candidates of a task: the organisations that work on cases. */
  public static Set<String> kandidaatgroepen() {
    Set<String> groepen = Organisatie.ketenpartners().stream().map(Organisatie::groupId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    groepen.add(Organisatie.ZSM_SUPERVISOR.groupId());
    return Set.copyOf(groepen);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    expressiebeans();
    ExpressieControle expressies = new ExpressieControle(this::isProductBean, beans::containsBean);
    BpmnModelControle bpmn = new BpmnModelControle(expressies, ModelControlePlugin::isProductKlasse, kandidaatgroepen(),
        maxHistorieDagen);
    List<BpmnParseListener> parseListeners = lijst(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new ModelControleParseListener(bpmn, new KandidaatgroepBewaking(kandidaatgroepen())));
    configuration.setCustomPreBPMNParseListeners(parseListeners);
    List<Deployer> voor = lijst(configuration.getCustomPreDeployers());
    voor.add(new DeploymentInhoudControle(new DmnModelControle(maxHistorieDagen)));
    configuration.setCustomPreDeployers(voor);
    List<Deployer> na = lijst(configuration.getCustomPostDeployers());
    na.add(new DeploymentRegistratie(register));
    configuration.setCustomPostDeployers(na);
  }

  boolean isProductBean(String naam) {
    if (!beans.containsBean(naam)) {
      return false;
    }
    if (expressiebeans().contains(naam)) {
      return true;
    }
    Class<?> type = beans.getType(naam, false);
    return type != null && isProductDelegate(ClassUtils.getUserClass(type));
  }

  /** The names of the beans marked {@link ProcesBean}, looked up once when the engine is configured. */
  Set<String> expressiebeans() {
    if (expressiebeans == null) {
      expressiebeans = Set.of(beans.getBeanNamesForAnnotation(ProcesBean.class));
    }
    return expressiebeans;
  }

  static boolean isProductKlasse(String klasse) {
    if (!klasse.startsWith(PRODUCT)) {
      return false;
    }
    try {
      return isProductDelegate(Class.forName(klasse, false, ModelControlePlugin.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static boolean isProductDelegate(Class<?> type) {
    return type.getName().startsWith(PRODUCT) && DELEGATE_SOORTEN.stream().anyMatch(soort -> soort.isAssignableFrom(type));
  }

  private static <T> List<T> lijst(List<T> bestaand) {
    return bestaand == null ? new ArrayList<>() : new ArrayList<>(bestaand);
  }

}
