package nl.zsm.hg.invoer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a JSON array of texts, e.g. {@code ["CONTACTVERBOD","LOCATIEVERBOD"]}, the value of a checklist. */
final class JsonLijst {

  private JsonLijst() {}

  static Optional<List<String>> lees(String json) {
    String t = json.trim();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    int i = skip(t, 1);
    if (t.charAt(i) == ']') {
      return i == t.length() - 1 ? Optional.of(items) : Optional.empty();
    }
    while (i < t.length()) {
      if (t.charAt(i) != '"') {
        return Optional.empty();
      }
      StringBuilder item = new StringBuilder();
      i++;
      while (i < t.length() && t.charAt(i) != '"') {
        char c = t.charAt(i);
        if (c == '\\') {
          if (i + 1 >= t.length()) {
            return Optional.empty();
          }
          char volgend = t.charAt(++i);
          if (volgend == 'u') {
            if (i + 4 >= t.length()) {
              return Optional.empty();
            }
            try {
              item.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
            } catch (NumberFormatException e) {
              return Optional.empty();
            }
            i += 4;
          } else {
            item.append(switch (volgend) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'b' -> '\b';
              case 'f' -> '\f';
              default -> volgend;
            });
          }
        } else {
          item.append(c);
        }
        i++;
      }
      if (i >= t.length()) {
        return Optional.empty();
      }
      items.add(item.toString());
      i = skip(t, i + 1);
      if (i >= t.length()) {
        return Optional.empty();
      }
      if (t.charAt(i) == ']') {
        return i == t.length() - 1 ? Optional.of(items) : Optional.empty();
      }
      if (t.charAt(i) != ',') {
        return Optional.empty();
      }
      i = skip(t, i + 1);
    }
    return Optional.empty();
  }

  private static int skip(String t, int i) {
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return Math.min(i, t.length() - 1);
  }
}
