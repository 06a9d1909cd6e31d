package nl.zsm.hg.procesbeheer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Judges the JUEL expressions of a model ({@code ${...}} and {@code #{...}}). Allowed are only: the
 * product's own beans (one method or property: {@code ${termijnen.plandatum(plandatum)}}), reading variables
 * ({@code ${route == 'X'}}, {@code ${execution.getVariable('vast')}}, {@code ${afdoeningsroute.route}}), the
 * business key, a decision result and {@code now()}. Everything else - another Spring bean such as
 * {@code identityService}, {@code execution.getProcessEngineServices()}, a method on a variable, bracket
 * access - gets a Dutch reason.
 */
public class ExpressieControle {

  private static final Set<String> EL_WOORDEN = Set.of("true", "false", "null", "empty", "not", "and", "or",
      "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Set<String> FUNCTIES = Set.of("now", "dateTime");
  /** What a model may ask of the execution or task: its variables and the case number. */
  private static final Set<String> EXECUTIE_LEDEN = Set.of("getVariable", "hasVariable", "getVariableLocal",
      "processBusinessKey", "getProcessBusinessKey", "businessKey", "getBusinessKey");
  private static final Set<String> UITVOERING = Set.of("execution", "task");
  private static final Set<String> BESLISSING_LEDEN = Set.of("getSingleResult", "getEntry", "getSingleEntry",
      "getFirstResult", "getResultList", "singleResult", "singleEntry", "firstResult", "resultList");
  /** Engine objects in the expression context that a model never needs. */
  private static final Set<String> ENGINE_OBJECTEN = Set.of("caseExecution", "externalTask", "variableScope",
      "processEngine", "processEngineConfiguration");

  private final Predicate<String> productBean;
  private final Predicate<String> springBean;

  /**
   * @param productBean the product's own beans that models may call
   * @param springBean every other name that resolves to a bean (refused: it could be e.g. identityService)
   */
  public ExpressieControle(Predicate<String> productBean, Predicate<String> springBean) {
    this.productBean = productBean;
    this.springBean = springBean;
  }

  /** The reason this text (an attribute or element text that may contain expressions) is refused, if it is. */
  public Optional<String> bezwaar(String tekst) {
    if (tekst == null) {
      return Optional.empty();
    }
    for (String expressie : expressies(tekst)) {
      Optional<String> bezwaar = bezwaarTegenExpressie(expressie);
      if (bezwaar.isPresent()) {
        return bezwaar;
      }
    }
    return Optional.empty();
  }

  /** True if the text contains at least one expression. */
  public static boolean bevatExpressie(String tekst) {
    return tekst != null && (tekst.contains("${") || tekst.contains("#{"));
  }

  /** The bodies of the expressions in a text, braces inside string literals respected. */
  static List<String> expressies(String tekst) {
    List<String> gevonden = new ArrayList<>();
    int i = 0;
    while (i < tekst.length() - 1) {
      char c = tekst.charAt(i);
      if ((c == '$' || c == '#') && tekst.charAt(i + 1) == '{') {
        int einde = sluitAccolade(tekst, i + 2);
        gevonden.add(tekst.substring(i + 2, einde < 0 ? tekst.length() : einde));
        i = einde < 0 ? tekst.length() : einde + 1;
      } else {
        i++;
      }
    }
    return gevonden;
  }

  private static int sluitAccolade(String tekst, int vanaf) {
    int diepte = 0;
    char quote = 0;
    for (int i = vanaf; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        diepte++;
      } else if (c == '}') {
        if (diepte == 0) {
          return i;
        }
        diepte--;
      }
    }
    return -1;
  }

  private Optional<String> bezwaarTegenExpressie(String expressie) {
    List<Token> tokens;
    try {
      tokens = Token.lees(expressie);
    } catch (IllegalArgumentException e) {
      return Optional.of("expressie '${" + expressie + "}' is niet te lezen: " + e.getMessage());
    }
    Optional<String> opLiteraalOfGroep = lidNaLiteraalOfGroep(expressie, tokens);
    if (opLiteraalOfGroep.isPresent()) {
      return opLiteraalOfGroep;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isSymbool("[") || token.isSymbool("{")) {
        return Optional.of(reden(expressie, "toegang met [ ] of { } is niet toegestaan"));
      }
      if (token.isSymbool(";") || token.isSymbool("->") || token.isSymbool("=") || token.isSymbool("+=")) {
        return Optional.of(reden(expressie, "toewijzing, lambda of meerdere opdrachten zijn niet toegestaan"));
      }
      if (token.soort() != Token.Soort.NAAM || (i > 0 && tokens.get(i - 1).isSymbool("."))) {
        continue;
      }
      if (i > 0 && tokens.get(i - 1).isSymbool(":") && i > 1 && tokens.get(i - 2).soort() == Token.Soort.NAAM
          && !heeftVraagteken(tokens, i)) {
        return Optional.of(reden(expressie, "functies met een voorvoegsel zijn niet toegestaan"));
      }
      Optional<String> bezwaar = bezwaarTegenKeten(expressie, tokens, i);
      if (bezwaar.isPresent()) {
        return bezwaar;
      }
    }
    return Optional.empty();
  }

  /**
   * A member after a literal ({@code ''.getClass()}) or after a parenthesised group ({@code (zaak).getClass()})
   * escapes the chain rules below, so it is refused; members after a call are judged with their chain.
   */
  private static Optional<String> lidNaLiteraalOfGroep(String expressie, List<Token> tokens) {
    java.util.Deque<Boolean> isAanroep = new java.util.ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean volgtLid = i + 1 < tokens.size() && tokens.get(i + 1).isSymbool(".");
      if (token.isSymbool("(")) {
        isAanroep.push(i > 0 && tokens.get(i - 1).soort() == Token.Soort.NAAM);
      } else if (token.isSymbool(")")) {
        boolean aanroep = !isAanroep.isEmpty() && isAanroep.pop();
        if (!aanroep && volgtLid) {
          return Optional.of(reden(expressie, "een methode of eigenschap na ( ) is niet toegestaan"));
        }
      } else if (token.soort() == Token.Soort.LITERAAL && volgtLid) {
        return Optional.of(reden(expressie, "een methode of eigenschap van een vaste waarde is niet toegestaan"));
      }
    }
    return Optional.empty();
  }

  private static boolean heeftVraagteken(List<Token> tokens, int tot) {
    return tokens.subList(0, tot).stream().anyMatch(t -> t.isSymbool("?"));
  }

  /** Judges the chain that starts with the name at position start: name(.member(args)?)* */
  private Optional<String> bezwaarTegenKeten(String expressie, List<Token> tokens, int start) {
    String naam = tokens.get(start).tekst();
    boolean aangeroepen = start + 1 < tokens.size() && tokens.get(start + 1).isSymbool("(");
    List<Lid> leden = leden(tokens, start);
    if (EL_WOORDEN.contains(naam)) {
      return Optional.empty();
    }
    if (aangeroepen) {
      return FUNCTIES.contains(naam) && leden.isEmpty()
          ? Optional.empty()
          : Optional.of(reden(expressie, "functie '" + naam + "' is niet toegestaan"));
    }
    if (leden.stream().anyMatch(lid -> lid.naam().equals("class") || lid.naam().equals("getClass"))) {
      return Optional.of(reden(expressie, "'class' is niet toegestaan"));
    }
    if (ENGINE_OBJECTEN.contains(naam)) {
      return Optional.of(reden(expressie, "'" + naam + "' geeft toegang tot de engine"));
    }
    if (UITVOERING.contains(naam)) {
      if (leden.isEmpty()) {
        return Optional.empty(); // passed whole to a product bean, e.g. termijnen.ophoudenVanZaak(execution)
      }
      return leden.size() == 1 && EXECUTIE_LEDEN.contains(leden.get(0).naam())
          ? Optional.empty()
          : Optional.of(reden(expressie, "van '" + naam + "' mag een model alleen variabelen en de business key lezen, niet '"
              + leden.get(0).naam() + "'"));
    }
    if (naam.equals("decisionResult")) {
      return leden.stream().allMatch(lid -> BESLISSING_LEDEN.contains(lid.naam()))
          ? Optional.empty()
          : Optional.of(reden(expressie, "van 'decisionResult' mag een model alleen de uitkomst lezen"));
    }
    if (productBean.test(naam)) {
      return leden.size() <= 1
          ? Optional.empty()
          : Optional.of(reden(expressie, "van bean '" + naam + "' mag een model één methode aanroepen, niet een keten"));
    }
    if (springBean.test(naam)) {
      return Optional.of(reden(expressie, "'" + naam + "' is geen bean van het product voor modellen"));
    }
    // a process variable: reading (also a property such as afdoeningsroute.route) is fine, calling is not
    return leden.stream().anyMatch(Lid::aangeroepen)
        ? Optional.of(reden(expressie, "een methode aanroepen op variabele '" + naam + "' is niet toegestaan"))
        : Optional.empty();
  }

  /** The members after the name at start; skips the arguments of each call (they are judged on their own). */
  private static List<Lid> leden(List<Token> tokens, int start) {
    List<Lid> leden = new ArrayList<>();
    int i = start + 1;
    if (i < tokens.size() && tokens.get(i).isSymbool("(")) {
      i = naHaakje(tokens, i);
    }
    while (i + 1 < tokens.size() && tokens.get(i).isSymbool(".") && tokens.get(i + 1).soort() == Token.Soort.NAAM) {
      String lid = tokens.get(i + 1).tekst();
      i += 2;
      boolean aangeroepen = i < tokens.size() && tokens.get(i).isSymbool("(");
      if (aangeroepen) {
        i = naHaakje(tokens, i);
      }
      leden.add(new Lid(lid, aangeroepen));
    }
    return leden;
  }

  private static int naHaakje(List<Token> tokens, int open) {
    int diepte = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).isSymbool("(")) {
        diepte++;
      } else if (tokens.get(i).isSymbool(")") && --diepte == 0) {
        return i + 1;
      }
    }
    return tokens.size();
  }

  private static String reden(String expressie, String waarom) {
    return "expressie '${" + expressie + "}': " + waarom;
  }

  private record Lid(String naam, boolean aangeroepen) {}
}
