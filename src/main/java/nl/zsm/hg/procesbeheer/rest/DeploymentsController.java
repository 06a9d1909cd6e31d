package nl.zsm.hg.procesbeheer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import nl.zsm.hg.procesbeheer.domain.DeploymentRegister;
import nl.zsm.hg.security.domain.Organisatie;
import nl.zsm.hg.security.rest.Rolvereiste;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of deployments, read-only, for procesbeheer and the administrator: the most recent {@code aantal}
 * (1 to {@value #MAXIMUM}, default 50); another number is 400 in Dutch (nl.zsm.hg.invoer.rest.ParameterfoutenAlsBadRequest).
 */
@RestController
public record DeploymentsController(DeploymentRegister register, Rolvereiste rolvereiste) {

  static final int MAXIMUM = 500;
  private static final String AANTAL = "Parameter 'aantal' is het aantal deployments, van 1 tot en met " + MAXIMUM + ".";

  @GetMapping("/api/procesbeheer/deployments")
  public ResponseEntity<?> deployments(@RequestParam(name = "aantal", defaultValue = "50")
      @Min(value = 1, message = AANTAL) @Max(value = MAXIMUM, message = AANTAL) int aantal) {
    rolvereiste.vereis(Organisatie.PROCESBEHEER,
        "Alleen procesbeheer en de beheerder lezen de registratie van deployments.");
    List<DeploymentRegister.GeregistreerdeDeployment> recent = register.recent(aantal);
    return ResponseEntity.ok(recent.stream().map(d -> Map.of(
        "deploymentId", d.deploymentId(),
        "naam", d.naam() == null ? "" : d.naam(),
        "gebruiker", d.gebruiker(),
        "tijdstip", d.tijdstip().toString(),
        "gewijzigd", d.gewijzigd(),
        "bestanden", d.bestanden())).toList());
  }
}
