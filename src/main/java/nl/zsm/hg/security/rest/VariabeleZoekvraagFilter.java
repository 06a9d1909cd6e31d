package nl.zsm.hg.security.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.rest.Foutantwoordschrijver;
import nl.zsm.hg.security.domain.Organisatie;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Searching cases by the value of a variable ({@code ?variables=slachtofferTelefoon_like_06%}, or a JSON query with
 * {@code variables}/{@code processVariables}/{@code taskVariables}) would tell who may not read a variable what is in
 * it, one guess at a time: the engine filters the cases by value without asking for the permission to read variables.
 * So only the administrator may, and an organisation in task queries (it reads those variables through its own tasks
 * anyway). Everyone else gets 403.
 */
public class VariabeleZoekvraagFilter extends OncePerRequestFilter {

  private static final List<String> VARIABELE_VOORWAARDEN = List.of("variables", "processVariables", "taskVariables",
      "caseInstanceVariables", "caseExecutionVariables");
  private static final Pattern TAAKZOEKVRAAG = Pattern.compile(".*/(task(/count)?|filter/[^/]+/(list|count|singleResult))/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;

  public VariabeleZoekvraagFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest verzoek = request;
    boolean opWaarde = inZoekterm(request.getQueryString());
    if (!opWaarde && "POST".equals(request.getMethod()) && isJson(request)) {
      byte[] body = request.getInputStream().readAllBytes();
      verzoek = new BewaardeInhoud(request, body);
      opWaarde = heeftVariabeleVoorwaarde(body);
    }
    if (opWaarde && !magOpWaardeZoeken(request)) {
      Foutantwoordschrijver.schrijf(response, new Foutantwoord(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          "Geen toegang: zoeken op de waarde van variabelen mag alleen in de eigen taken of door de beheerder."));
      return;
    }
    chain.doFilter(verzoek, response);
  }

  private boolean magOpWaardeZoeken(HttpServletRequest request) {
    Optional<Aanvrager> aanvrager = Aanvrager.van(request, identityService);
    if (aanvrager.isEmpty()) {
      return true; // the login filters answer 401
    }
    if (aanvrager.get().isLidVanEenVan(List.of("camunda-admin"))) {
      return true;
    }
    String pad = request.getRequestURI().substring(request.getContextPath().length());
    return TAAKZOEKVRAAG.matcher(pad).matches() && aanvrager.get().isLidVanEenVan(
        Organisatie.ketenpartners().stream().map(Organisatie::groupId).toList());
  }

  private static boolean heeftVariabeleVoorwaarde(byte[] body) {
    try {
      JsonNode zoekvraag = JSON.readTree(body);
      return zoekvraag != null && zoekvraag.isObject() && VARIABELE_VOORWAARDEN.stream()
          .map(zoekvraag::path).anyMatch(v -> v.isArray() && !v.isEmpty());
    } catch (IOException e) {
      return false; // not JSON: the API answers 400 itself
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    return request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
  }

  /** From the query string only: reading parameters would consume a form body (the webapps' login). */
  private static boolean inZoekterm(String zoekterm) {
    if (zoekterm == null) {
      return false;
    }
    for (String deel : zoekterm.split("&")) {
      int is = deel.indexOf('=');
      String naam = java.net.URLDecoder.decode(is < 0 ? deel : deel.substring(0, is), StandardCharsets.UTF_8);
      if (VARIABELE_VOORWAARDEN.contains(naam) && is >= 0 && is < deel.length() - 1) {
        return true;
      }
    }
    return false;
  }

  /** The request with its body read once and handed on unchanged. */
  private static final class BewaardeInhoud extends HttpServletRequestWrapper {
    private final byte[] body;

    BewaardeInhoud(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bron = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return bron.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return bron.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return bron.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
