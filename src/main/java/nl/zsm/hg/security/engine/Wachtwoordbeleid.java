package nl.zsm.hg.security.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * Camunda's default policy (at least 10 characters with a lower case letter, a capital, a digit and a special
 * character, and not the user's own name or id) plus: nothing containing the published demo password "demo".
 */
public class Wachtwoordbeleid implements PasswordPolicy {

  /** Parts that make a password guessable; the demo password is the reason the application refuses to start. */
  static final List<String> VERBODEN_DELEN = List.of(DemoGebruikers.DEMO_WACHTWOORD);

  private final List<PasswordPolicyRule> regels;

  public Wachtwoordbeleid() {
    regels = new ArrayList<>(new DefaultPasswordPolicyImpl().getRules());
    regels.add(new GeenBekendWachtwoord());
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return regels;
  }

  static final class GeenBekendWachtwoord implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_ZSM_GEEN_BEKEND_WACHTWOORD";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("verboden", String.join(", ", VERBODEN_DELEN));
    }

    @Override
    public boolean execute(String wachtwoord) {
      String klein = wachtwoord == null ? "" : wachtwoord.toLowerCase(Locale.ROOT);
      return VERBODEN_DELEN.stream().noneMatch(klein::contains);
    }
  }
}
