package nl.zsm.hg.contract.engine;

import java.util.function.Supplier;
import nl.zsm.hg.contract.domain.Contracten;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine's gate for what a logged-in user or system asks (engine REST, Tasklist, Cockpit, the Java API
 * with an authenticated user): first the command guard ({@link CommandoBewaking}, 403), then the step
 * contract ({@link StapcontractControle}, 400), both before the command runs; the contract in the command's own
 * context ({@link GecontroleerdCommando}), so that it shares the command's lookup of the task. Only the outermost command of
 * a call is checked; commands without an authenticated user (the job executor, start-up, internal calls) pass.
 * The court's link delivers its one message without the engine's authorization check, so that it needs no
 * right to read or change cases at all.
 */
final class ZaakBewaking extends CommandInterceptor {

  private final IdentityService identiteit;
  private final CommandoBewaking bewaking = new CommandoBewaking();
  private final Supplier<Contracten> gelezen;
  private volatile StapcontractControle contracten;

  /** With contracts that may still be being read: the first checked command waits for them (ZaakBewakingPlugin). */
  ZaakBewaking(IdentityService identiteit, Supplier<Contracten> contracten) {
    this.identiteit = identiteit;
    this.gelezen = contracten;
  }

  private StapcontractControle contracten() {
    StapcontractControle controle = contracten;
    if (controle == null) {
      controle = new StapcontractControle(gelezen.get());
      contracten = controle;
    }
    return controle;
  }

  @Override
  public <T> T execute(Command<T> commando) {
    Authentication authenticatie = Context.getCommandContext() == null ? identiteit.getCurrentAuthentication() : null;
    if (authenticatie == null || authenticatie.getUserId() == null) {
      return next.execute(commando);
    }
    Gebruiker gebruiker = Gebruiker.van(authenticatie);
    bewaking.controleer(commando, gebruiker, new Zaakopvraag(next));
    if (!StapcontractControle.betreft(commando)) {
      return gebruiker.isKoppeling() ? zonderAutorisatie(authenticatie, () -> next.execute(commando))
          : next.execute(commando);
    }
    // the step contract inside the command's own context: one task lookup, one transaction (issue 15)
    GecontroleerdCommando<T> gecontroleerd = new GecontroleerdCommando<>(commando,
        context -> contracten().controleer(commando, Zaakopvraag.binnen(context)));
    Object uitkomst = gebruiker.isKoppeling() ? zonderAutorisatie(authenticatie, () -> next.execute(gecontroleerd))
        : next.execute(gecontroleerd);
    return gecontroleerd.uitkomst(uitkomst);
  }

  /** The court's link: its one message runs without the engine's authorization check. */
  private <R> R zonderAutorisatie(Authentication authenticatie, java.util.function.Supplier<R> uitvoering) {
    identiteit.clearAuthentication();
    try {
      return uitvoering.get();
    } finally {
      identiteit.setAuthentication(authenticatie);
    }
  }
}
