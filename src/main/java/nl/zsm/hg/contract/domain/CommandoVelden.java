package nl.zsm.hg.contract.domain;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command by reflection. The engine's commands keep their input (the task id,
 * the submitted variables) in protected fields without getters; this is the one place that reaches into
 * them, so an engine upgrade that renames a field fails here, loudly, and in its test.
 */
public final class CommandoVelden {

  private CommandoVelden() {}

  @SuppressWarnings("unchecked")
  public static <T> T lees(Object commando, String naam) {
    for (Class<?> klasse = commando.getClass(); klasse != null; klasse = klasse.getSuperclass()) {
      try {
        Field veld = klasse.getDeclaredField(naam);
        veld.setAccessible(true);
        return (T) veld.get(commando);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Veld " + naam + " van " + commando.getClass().getSimpleName() + " niet te lezen", e);
      }
    }
    throw new IllegalStateException("Het commando " + commando.getClass().getName() + " heeft geen veld " + naam
        + " (andere Camunda-versie?)");
  }
}
