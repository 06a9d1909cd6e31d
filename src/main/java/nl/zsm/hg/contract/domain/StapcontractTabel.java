package nl.zsm.hg.contract.domain;


import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Writes every step's contract as a Markdown page (docs/stapcontracten.md), generated, never written by hand. */
public final class StapcontractTabel {

  private StapcontractTabel() {}

  public static String markdown(Contracten contracten, Predicate<Stapcontract> opnemen) {
    StringBuilder md = new StringBuilder();
    md.append("# Stapcontracten\n\n")
        .append("<!-- Gegenereerd door StapcontractenDocTest uit de modellen en formulieren; niet met de hand bewerken. -->\n\n")
        .append("Wat elke stap mag vastleggen: per gebruikerstaak de velden van zijn Camunda Form, per processtart de velden\n")
        .append("van het startformulier, per bericht de velden uit het contractbestand naast het model\n")
        .append("(`processes/*.contract.json`, dat ook velden toevoegt die alleen via de API komen). De engine dwingt dit af\n")
        .append("bij afronden, starten en berichten (`nl.zsm.hg.contract.engine.ZaakBewaking`); zie de README, *Invoer en\n")
        .append("stapcontracten*. **Alleen lezen**: het formulier toont het veld ter informatie; het mag alleen ongewijzigd\n")
        .append("terugkomen en verandert dan niets. **Verplicht** geldt als het veld altijd zichtbaar is; een veld dat alleen\n")
        .append("onder een voorwaarde verschijnt, controleert de stap zelf. Tekst zonder eigen maximum: ten hoogste ")
        .append(FormulierVelden.MAX_TEKST).append(" tekens (eenregelig) of ").append(FormulierVelden.MAX_LANGE_TEKST)
        .append(" tekens (meerregelig).\n\n")
        .append("Opnieuw maken na een wijziging van een model, formulier of contractbestand:\n\n")
        .append("```bash\nmvn -o -Dskip.lint=true -Dtest=StapcontractenDocTest -Dstapcontracten.schrijf=true test\n```\n");
    sectie(md, "Processtarts", contracten.starts(), opnemen);
    sectie(md, "Berichten", contracten.berichten(), opnemen);
    Map<String, List<Stapcontract>> perProces = new LinkedHashMap<>();
    for (Stapcontract taak : contracten.taken()) {
      if (opnemen.test(taak)) {
        perProces.computeIfAbsent(taak.stap().substring(0, taak.stap().indexOf(" / ")), p -> new ArrayList<>()).add(taak);
      }
    }
    md.append("\n## Gebruikerstaken\n");
    perProces.forEach((proces, taken) -> {
      md.append("\n### Proces `").append(proces).append("`\n");
      taken.forEach(taak -> contract(md, "####", taak));
    });
    return md.toString();
  }

  private static void sectie(StringBuilder md, String titel, Collection<Stapcontract> stappen, Predicate<Stapcontract> opnemen) {
    md.append("\n## ").append(titel).append('\n');
    stappen.stream().filter(opnemen).forEach(stap -> contract(md, "###", stap));
  }

  private static void contract(StringBuilder md, String kop, Stapcontract contract) {
    md.append('\n').append(kop).append(' ').append(contract.naam()).append("\n\n")
        .append('`').append(contract.stap()).append("`, bron: ").append(bronnen(contract.bron())).append("\n\n");
    if (contract.velden().isEmpty()) {
      md.append("Legt geen gegevens vast.\n");
      return;
    }
    md.append("| veld | label | soort | verplicht | toegestaan | alleen lezen |\n|---|---|---|---|---|---|\n");
    for (Veld veld : contract.velden().values()) {
      md.append("| `").append(veld.naam()).append("` | ").append(cel(veld.label())).append(" | ")
          .append(veld.soort().omschrijving()).append(" | ").append(veld.verplicht() ? "ja" : "").append(" | ")
          .append(toegestaan(veld)).append(" | ").append(veld.alleenLezen() ? "ja" : "").append(" |\n");
    }
  }

  private static String bronnen(String bron) {
    return String.join(" + ", java.util.Arrays.stream(bron.split(" \\+ ")).map(b -> "`" + b + "`").toList());
  }

  private static String toegestaan(Veld veld) {
    List<String> regels = new ArrayList<>();
    if (!veld.waarden().isEmpty()) {
      regels.add(String.join(", ", veld.waarden().stream().map(w -> "`" + w + "`").toList()));
    }
    if (veld.maxLengte() != null && (veld.soort() == Veldsoort.TEKST || veld.soort() == Veldsoort.LANGE_TEKST)) {
      regels.add("≤ " + veld.maxLengte() + " tekens");
    }
    if (veld.geheelGetal()) {
      regels.add("geheel getal");
    }
    if (veld.minimum() != null) {
      regels.add("≥ " + getal(veld.minimum()));
    }
    if (veld.maximum() != null) {
      regels.add("≤ " + getal(veld.maximum()));
    }
    if (veld.patroon() != null) {
      regels.add("patroon `" + veld.patroon().pattern().replace("|", "\\|") + "`");
    }
    return String.join("; ", regels);
  }

  private static String getal(Double waarde) {
    return waarde == Math.rint(waarde) ? String.valueOf(waarde.longValue()) : waarde.toString();
  }

  private static String cel(String tekst) {
    return tekst.replace("|", "\\|").replace("\n", " ");
  }
}
