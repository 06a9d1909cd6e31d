package nl.zsm.hg.procesbeheer.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a BPMN model that could run code beyond the product's delegates or change who may do what
 * ({@link BpmnModelControle}); the parse error names the element and reaches REST as a 400. Every user task
 * also gets {@link KandidaatgroepBewaking}: a candidate group from an expression is checked when the task is
 * created.
 */
public class ModelControleParseListener extends AbstractBpmnParseListener {

  private final BpmnModelControle controle;
  private final TaskListener kandidaatgroepBewaking;

  public ModelControleParseListener(BpmnModelControle controle, TaskListener kandidaatgroepBewaking) {
    this.controle = controle;
    this.kandidaatgroepBewaking = kandidaatgroepBewaking;
  }

  @Override
  public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
    controle.controleer(rootElement).ifPresent(weigering -> {
      String processen = processDefinitions.stream().map(ProcessDefinitionEntity::getKey)
          .collect(Collectors.joining(", "));
      throw new BpmnParseException(weigering.melding("proces '" + processen + "'"), weigering.element());
    });
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, kandidaatgroepBewaking);
    }
  }
}
