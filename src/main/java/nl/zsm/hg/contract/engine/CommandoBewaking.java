package nl.zsm.hg.contract.engine;

import java.util.Map;
import java.util.Set;
import nl.zsm.hg.contract.domain.CommandoVelden;
import nl.zsm.hg.nazorg.domain.NaZsmContract;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Least privilege on engine commands, before they run (a refused command changes nothing, also not a job's
 * retries): what only the administrator (group {@code camunda-admin}) may do, what the supervisor and
 * the process owners may not write, and the one thing the court's link may do. Refusal is an
 * {@link AuthorizationException} with a Dutch message (REST 403).
 */
final class CommandoBewaking {

  /** Jobs, incidents, moving or restarting cases, variables outside a task, deleting cases or history, signals. */
  private static final Set<String> ALLEEN_BEHEERDER = Set.of(
      // jobs and their deadlines
      "ExecuteJobsCmd", "FailedJobListener", "SetJobRetriesCmd", "SetJobsRetriesCmd", "SetJobDuedateCmd",
      "RecalculateJobDuedateCmd", "SetJobPriorityCmd", "SetJobDefinitionPriorityCmd", "SuspendJobCmd", "ActivateJobCmd",
      "SuspendJobDefinitionCmd", "ActivateJobDefinitionCmd", "DeleteJobCmd", "DeleteJobsCmd", "UnlockJobCmd",
      "SetExternalTaskRetriesCmd", "SetExternalTasksRetriesCmd", "SetExternalTaskPriorityCmd",
      "CreateIncidentCmd", "ResolveIncidentCmd", "SetAnnotationForIncidentCmd",
      // moving, restarting, suspending and deleting cases
      "ModifyProcessInstanceCmd", "ProcessInstanceModificationCmd", "RestartProcessInstancesCmd",
      "MigrateProcessInstanceCmd", "SetProcessDefinitionVersionCmd", "SuspendProcessInstanceCmd",
      "ActivateProcessInstanceCmd", "UpdateProcessInstancesSuspendStateCmd", "SuspendProcessDefinitionCmd",
      "ActivateProcessDefinitionCmd", "DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd",
      "SignalCmd", "SignalEventReceivedCmd", "EvaluateStartConditionCmd",
      // variables outside the completion of a task
      "SetTaskVariablesCmd", "RemoveTaskVariablesCmd", "PatchTaskVariablesCmd", "SetExecutionVariablesCmd",
      "RemoveExecutionVariablesCmd", "PatchExecutionVariablesCmd",
      // tasks outside their flow
      "DeleteTaskCmd",
      // history
      "DeleteHistoricProcessInstancesCmd", "DeleteHistoricTaskInstanceCmd", "DeleteHistoricVariableInstanceCmd",
      "DeleteHistoricVariableInstancesByProcessInstanceIdCmd", "DeleteUserOperationLogEntryCmd");

  /** Writing on a case that only those who work on it in Tasklist may do. */
  private static final Set<String> ALLEEN_KETENPARTNER = Set.of(
      "AddCommentCmd", "UpdateCommentCmd", "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd",
      "CreateAttachmentCmd", "SaveAttachmentCmd", "DeleteAttachmentCmd");

  private static final String NIET_TOEGESTAAN = "Niet toegestaan: ";

  /** Refuses the command for this user, or lets it pass. */
  void controleer(Command<?> commando, Gebruiker gebruiker, Zaakopvraag zaak) {
    if (gebruiker.isBeheerder()) {
      return;
    }
    String naam = commando.getClass().getSimpleName();
    if (gebruiker.isKoppeling()) {
      if (!isUitspraakAfleveren(commando)) {
        throw weiger("het account " + gebruiker.id() + " van de koppeling levert alleen het bericht "
            + NaZsmContract.BERICHT_UITSPRAAK_RECHTER + " af (POST /engine-rest/message, op business key, zonder "
            + "variabelen terug) en kan verder niets lezen of wijzigen.");
      }
      return;
    }
    if (ALLEEN_BEHEERDER.contains(naam) || naam.endsWith("BatchCmd") || naam.endsWith("AsyncCmd")) {
      throw weiger("alleen de beheerder mag dit (" + omschrijving(naam) + "); er is niets gewijzigd.");
    }
    if (ALLEEN_KETENPARTNER.contains(naam) && !gebruiker.isKetenpartner()) {
      throw weiger("opmerkingen en bijlagen bij een zaak zijn voor de organisaties die aan de zaak werken; "
          + "dit account mag alleen lezen.");
    }
    if (commando instanceof DeleteDeploymentCmd) {
      boolean cascade = CommandoVelden.lees(commando, "cascade");
      if (cascade || zaak.heeftZaken(CommandoVelden.lees(commando, "deploymentId"))) {
        throw weiger("een deployment waarmee zaken zijn gestart (lopend of afgerond) verwijdert alleen de beheerder; "
            + "de zaken en hun historie blijven bewaard.");
      }
    }
    boolean definitiesMetZaken = naam.equals("DeleteProcessDefinitionsByIdsCmd")
        ? Boolean.TRUE.equals(CommandoVelden.lees(commando, "cascadeToInstances"))
            || Boolean.TRUE.equals(CommandoVelden.lees(commando, "cascadeToHistory"))
        : naam.equals("DeleteProcessDefinitionsByKeyCmd") && Boolean.TRUE.equals(CommandoVelden.lees(commando, "cascade"));
    if (definitiesMetZaken) {
      throw weiger("procesdefinities met hun zaken verwijderen (cascade) mag alleen de beheerder.");
    }
    if (commando instanceof CorrelateMessageCmd || naam.equals("CorrelateAllMessageCmd")) {
      if (Boolean.TRUE.equals(CommandoVelden.lees(commando, "variablesInResultEnabled"))) {
        throw weiger("een bericht geeft geen variabelen van de zaak terug (variablesInResultEnabled).");
      }
      if (heeftCorrelatievariabelen(CommandoVelden.lees(commando, "builder"))) {
        throw weiger("een bericht wordt op de business key (het zaaknummer) afgeleverd, niet op variabelen.");
      }
    }
  }

  /** The court's link delivers the judge's decision: one case by business key, nothing returned. */
  boolean isUitspraakAfleveren(Command<?> commando) {
    if (!(commando instanceof CorrelateMessageCmd)) {
      return false;
    }
    MessageCorrelationBuilderImpl bericht = CommandoVelden.lees(commando, "builder");
    boolean startOnly = CommandoVelden.lees(commando, "startMessageOnly");
    return NaZsmContract.BERICHT_UITSPRAAK_RECHTER.equals(bericht.getMessageName())
        && bericht.getBusinessKey() != null && bericht.getProcessInstanceId() == null
        && bericht.getProcessDefinitionId() == null && !startOnly
        && !Boolean.TRUE.equals(CommandoVelden.lees(commando, "variablesInResultEnabled"))
        && !heeftCorrelatievariabelen(bericht);
  }

  private static boolean heeftCorrelatievariabelen(MessageCorrelationBuilderImpl bericht) {
    return nietLeeg(bericht.getCorrelationProcessInstanceVariables()) || nietLeeg(bericht.getCorrelationLocalVariables());
  }

  private static boolean nietLeeg(Map<String, Object> map) {
    return map != null && !map.isEmpty();
  }

  private static String omschrijving(String naam) {
    if (naam.contains("Job") || naam.contains("Incident") || naam.contains("ExternalTask")) {
      return "jobs, termijntimers en incidenten";
    }
    if (naam.contains("Variable")) {
      return "variabelen buiten het afronden van een taak";
    }
    if (naam.contains("Historic") || naam.contains("OperationLog")) {
      return "historie verwijderen";
    }
    return "zaken verplaatsen, herstarten, opschorten of verwijderen";
  }

  private static AuthorizationException weiger(String reden) {
    return new AuthorizationException(NIET_TOEGESTAAN + reden);
  }
}
