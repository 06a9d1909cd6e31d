package nl.zsm.hg.privacy.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path of a request with its ids left out ("/engine-rest/task/{id}/variables"), and the ids it names. The
 * query string is never kept: it can hold variable values (e.g. {@code variables=slachtofferTelefoon_eq_...}).
 */
public record Padfamilie(String familie, String taakId, String procesInstantieId, String executieId, String variabeleId) {

  /** Resources whose next path segment is an id. */
  private static final Set<String> MET_ID = Set.of("task", "process-instance", "execution", "variable-instance",
      "deployment", "process-definition", "decision-definition", "job", "incident", "case-instance", "batch",
      "external-task", "user", "group", "filter", "authorization", "detail", "activity-instance", "attachment", "comment");
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F-]{20,}|\\d{3,}|.*\\d.*-.*|.*-.*\\d.*");
  /** Families that hand out case content (variables, forms, history details), also as a list without a case. */
  private static final Pattern ZAAKINHOUD = Pattern.compile(".*(variable|form|detail|history|maatregel).*");

  public static Padfamilie van(String pad) {
    String[] delen = pad.split("/");
    String taak = null;
    String proces = null;
    String executie = null;
    String variabele = null;
    StringBuilder familie = new StringBuilder();
    for (int i = 0; i < delen.length; i++) {
      String deel = delen[i];
      if (deel.isEmpty()) {
        continue;
      }
      String vorige = i > 0 ? delen[i - 1] : "";
      boolean isId = MET_ID.contains(vorige) && !deel.equals("count") && !deel.equals("key") || ID.matcher(deel).matches();
      if (isId && MET_ID.contains(vorige)) {
        switch (vorige) {
          case "task" -> taak = taak == null ? deel : taak;
          case "process-instance" -> proces = proces == null ? deel : proces;
          case "execution" -> executie = executie == null ? deel : executie;
          case "variable-instance" -> variabele = variabele == null ? deel : variabele;
          default -> { }
        }
      }
      familie.append('/').append(isId ? "{id}" : deel);
    }
    return new Padfamilie(familie.length() > 250 ? familie.substring(0, 250) : familie.toString(),
        taak, proces, executie, variabele);
  }

  public boolean geeftZaakinhoud() {
    return ZAAKINHOUD.matcher(familie).matches();
  }
}
