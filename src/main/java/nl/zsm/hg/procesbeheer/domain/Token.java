package nl.zsm.hg.procesbeheer.domain;

import java.util.ArrayList;
import java.util.List;

/** One token of a JUEL expression: a name, a literal (string or number) or a symbol. */
record Token(Soort soort, String tekst) {

  enum Soort { NAAM, LITERAAL, SYMBOOL }

  private static final List<String> SYMBOLEN = List.of("->", "+=", "==", "!=", "<=", ">=", "&&", "||",
      "(", ")", "[", "]", "{", "}", ".", ",", "?", ":", ";", "=", "+", "-", "*", "/", "%", "<", ">", "!");

  boolean isSymbool(String symbool) {
    return soort == Soort.SYMBOOL && tekst.equals(symbool);
  }

  static List<Token> lees(String expressie) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < expressie.length()) {
      char c = expressie.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int einde = i + 1;
        while (einde < expressie.length() && expressie.charAt(einde) != c) {
          einde += expressie.charAt(einde) == '\\' ? 2 : 1;
        }
        if (einde >= expressie.length()) {
          throw new IllegalArgumentException("tekst zonder afsluitend aanhalingsteken");
        }
        tokens.add(new Token(Soort.LITERAAL, expressie.substring(i + 1, einde)));
        i = einde + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int einde = i;
        while (einde < expressie.length() && Character.isJavaIdentifierPart(expressie.charAt(einde))) {
          einde++;
        }
        tokens.add(new Token(Soort.NAAM, expressie.substring(i, einde)));
        i = einde;
      } else if (Character.isDigit(c)) {
        int einde = i;
        while (einde < expressie.length() && (Character.isDigit(expressie.charAt(einde))
            || expressie.charAt(einde) == '.' && einde + 1 < expressie.length() && Character.isDigit(expressie.charAt(einde + 1))
            || "eE".indexOf(expressie.charAt(einde)) >= 0)) {
          einde++;
        }
        tokens.add(new Token(Soort.LITERAAL, expressie.substring(i, einde)));
        i = einde;
      } else {
        String symbool = symboolOp(expressie, i);
        tokens.add(new Token(Soort.SYMBOOL, symbool));
        i += symbool.length();
      }
    }
    return tokens;
  }

  private static String symboolOp(String expressie, int i) {
    for (String symbool : SYMBOLEN) {
      if (expressie.startsWith(symbool, i)) {
        return symbool;
      }
    }
    throw new IllegalArgumentException("onbekend teken '" + expressie.charAt(i) + "'");
  }
}
