package nl.zsm.hg.indicatoren.domain;

import java.util.List;
import java.util.Locale;

/** The indicators as CSV (RFC 4180, comma, decimal point, UTF-8): one row per indicator, the same five fields as the JSON. */
public final class IndicatorenCsv {

  public static final String KOLOMMEN = "code,omschrijving,waarde,aantalZaken,onderdrukt";

  private IndicatorenCsv() {}

  public static String opmaken(List<Indicator> indicatoren) {
    StringBuilder csv = new StringBuilder(KOLOMMEN).append("\r\n");
    for (Indicator i : indicatoren) {
      csv.append(veld(i.code())).append(',')
          .append(veld(i.omschrijving())).append(',')
          .append(i.waarde() == null ? "" : String.format(Locale.ROOT, "%.1f", i.waarde())).append(',')
          .append(i.aantalZaken() == null ? "" : i.aantalZaken().toString()).append(',')
          .append(i.onderdrukt()).append("\r\n");
    }
    return csv.toString();
  }

  private static String veld(String tekst) {
    if (tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
      return '"' + tekst.replace("\"", "\"\"") + '"';
    }
    return tekst;
  }
}
