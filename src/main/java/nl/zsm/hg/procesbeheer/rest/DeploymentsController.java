package nl.zsm.hg.procesbeheer.rest;

import nl.zsm.hg.procesbeheer.domain.DeploymentRegister;

import java.util.List;
import java.util.Map;
import nl.zsm.hg.security.engine.Groepstoegang;
import nl.zsm.hg.security.domain.Organisatie;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record of deployments, read-only, for procesbeheer and the administrator. */
@RestController
public class DeploymentsController {

  private final DeploymentRegister register;
  private final Groepstoegang toegang;

  public DeploymentsController(DeploymentRegister register, Groepstoegang toegang) {
    this.register = register;
    this.toegang = toegang;
  }

  @GetMapping("/api/procesbeheer/deployments")
  public ResponseEntity<?> deployments(@RequestParam(name = "aantal", defaultValue = "50") int aantal) {
    if (!toegang.isLidVanEen(Organisatie.PROCESBEHEER.groupId(), Groepstoegang.BEHEERDER)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("status", 403,
          "melding", "Alleen procesbeheer en de beheerder lezen de registratie van deployments."));
    }
    List<DeploymentRegister.GeregistreerdeDeployment> recent = register.recent(Math.min(Math.max(aantal, 1), 500));
    return ResponseEntity.ok(recent.stream().map(d -> Map.of(
        "deploymentId", d.deploymentId(),
        "naam", d.naam() == null ? "" : d.naam(),
        "gebruiker", d.gebruiker(),
        "tijdstip", d.tijdstip().toString(),
        "gewijzigd", d.gewijzigd(),
        "bestanden", d.bestanden())).toList());
  }
}
