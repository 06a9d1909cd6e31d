package nl.zsm.hg.invoer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import nl.zsm.hg.invoer.domain.VerzoekTeGrootException;
import nl.zsm.hg.invoer.engine.Foutvertaling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every API: refuses a request body above the limit with 413, and rewrites every 4xx/5xx answer,
 * whoever wrote it, into the one {@link Foutantwoord} through {@link Foutvertaling}. An exception that escapes
 * the servlet is logged here and answered without any technical detail.
 */
public class FoutantwoordFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FoutantwoordFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TE_GROOT = FoutantwoordFilter.class.getName() + ".teGroot";

  private final DataSize limiet;

  public FoutantwoordFilter(DataSize limiet) {
    this.limiet = limiet;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limiet.toBytes()) {
      Foutantwoordschrijver.schrijf(response, new Foutantwoord(413, Foutvertaling.TE_GROOT, VerzoekTeGrootException.melding(limiet)));
      return;
    }
    Foutbuffer antwoord = new Foutbuffer(response);
    Foutantwoord fout = null;
    try {
      chain.doFilter(new BegrensdVerzoek(request, limiet), antwoord);
    } catch (IOException | ServletException | RuntimeException onverwacht) {
      fout = Foutvertaling.vanFout(onverwacht);
      if (fout.status() >= 500) {
        LOG.error("Verzoek {} {} mislukt", request.getMethod(), request.getRequestURI(), onverwacht);
      }
    }
    if (request.getAttribute(TE_GROOT) != null) {
      fout = new Foutantwoord(413, Foutvertaling.TE_GROOT, VerzoekTeGrootException.melding(limiet));
    } else if (fout == null && antwoord.getStatus() >= 400) {
      fout = vertaal(antwoord);
    }
    if (fout != null) {
      if (antwoord.doorgegeven() && response.isCommitted()) {
        // the answer below 400 already went out; it cannot be replaced any more
        LOG.warn("Verzoek {} {}: fout {} na een al verzonden antwoord.", request.getMethod(), request.getRequestURI(),
            fout.status());
        return;
      }
      antwoord.leeg();
      Foutantwoordschrijver.schrijf(response, fout);
    }
  }

  private static Foutantwoord vertaal(Foutbuffer antwoord) {
    String body = new String(antwoord.vastgehoudenInhoud(), StandardCharsets.UTF_8);
    String type = null;
    String melding = body;
    try {
      JsonNode json = body.isBlank() ? null : JSON.readTree(body);
      if (json != null && json.isObject()) {
        type = json.path("type").isTextual() ? json.path("type").asText() : null;
        // "message" in the engine's shape; "melding" where our own /api answered in Dutch
        melding = json.path("message").isTextual() ? json.path("message").asText() : json.path("melding").asText("");
      }
    } catch (IOException geenJson) {
      // a plain-text answer, e.g. from Jersey's JSON reader: its text is the message
    }
    return Foutvertaling.vanAntwoord(antwoord.getStatus(), type, melding);
  }

  /** Counts what is read of the body (also without Content-Length) and stops at the limit. */
  private static final class BegrensdVerzoek extends HttpServletRequestWrapper {
    private final DataSize limiet;
    private ServletInputStream stroom;

    BegrensdVerzoek(HttpServletRequest request, DataSize limiet) {
      super(request);
      this.limiet = limiet;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stroom == null) {
        stroom = new BegrensdeStroom(super.getInputStream(), limiet, () -> setAttribute(TE_GROOT, Boolean.TRUE));
      }
      return stroom;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String tekenset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), tekenset));
    }
  }

  private static final class BegrensdeStroom extends ServletInputStream {
    private final ServletInputStream bron;
    private final DataSize limiet;
    private final Runnable bijOverschrijding;
    private long gelezen;

    BegrensdeStroom(ServletInputStream bron, DataSize limiet, Runnable bijOverschrijding) {
      this.bron = bron;
      this.limiet = limiet;
      this.bijOverschrijding = bijOverschrijding;
    }

    @Override
    public int read() throws IOException {
      int b = bron.read();
      if (b >= 0) {
        tel(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int vanaf, int lengte) throws IOException {
      int n = bron.read(buffer, vanaf, lengte);
      if (n > 0) {
        tel(n);
      }
      return n;
    }

    private void tel(int n) throws VerzoekTeGrootException {
      gelezen += n;
      if (gelezen > limiet.toBytes()) {
        bijOverschrijding.run();
        throw new VerzoekTeGrootException(limiet);
      }
    }

    @Override
    public boolean isFinished() {
      return bron.isFinished();
    }

    @Override
    public boolean isReady() {
      return bron.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      bron.setReadListener(listener);
    }
  }
}
