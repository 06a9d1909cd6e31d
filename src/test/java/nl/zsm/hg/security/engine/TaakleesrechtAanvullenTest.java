package nl.zsm.hg.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import nl.zsm.hg.ZsmSpringTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task from before enforceSpecificVariablePermission: its candidate gets READ_VARIABLE at the next start. */
@ZsmSpringTest
class TaakleesrechtAanvullenTest {

  @Autowired AuthorizationService authorizationService;

  @Test
  void oudeKandidaatrechtenKrijgenHetLeesrechtOpVariabelen() {
    Authorization oud = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    oud.setGroupId("veilig-thuis");
    oud.setResource(Resources.TASK);
    oud.setResourceId("taak-van-voor-de-wijziging");
    oud.addPermission(TaskPermissions.TASK_WORK);
    authorizationService.saveAuthorization(oud);

    assertThat(TaakleesrechtAanvullen.aanvullen(authorizationService)).isEqualTo(1);
    Authorization bijgewerkt = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId("taak-van-voor-de-wijziging").singleResult();
    assertThat(bijgewerkt.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    assertThat(bijgewerkt.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(TaakleesrechtAanvullen.aanvullen(authorizationService)).as("idempotent").isZero();
  }
}
