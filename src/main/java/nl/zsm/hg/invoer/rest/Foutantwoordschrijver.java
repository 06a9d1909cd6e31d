package nl.zsm.hg.invoer.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.zsm.hg.invoer.domain.Foutantwoord;
import org.springframework.http.MediaType;

/**
 * Writes a refusal or error as the JSON body {@code {"type": ..., "message": ...}} of a servlet response, for the
 * filters that answer before (or instead of) a controller or the engine's REST API.
 */
public final class Foutantwoordschrijver {

  private Foutantwoordschrijver() {}

  public static void schrijf(HttpServletResponse response, Foutantwoord fout) throws IOException {
    response.setStatus(fout.status());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] body = fout.json().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
