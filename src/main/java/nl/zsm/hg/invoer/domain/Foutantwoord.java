package nl.zsm.hg.invoer.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.zsm.hg.invoer.engine.Foutvertaling;

/**
 * The one error body of every API ({@code /engine-rest}, the webapps' {@code /camunda/api}, our {@code /api}):
 * {@code {"type": "OngeldigeInvoer", "message": "..."}} with the HTTP status. The type is a Dutch category
 * (see {@link Foutvertaling}), the message is Dutch and meant for a person; neither names a class, SQL or a
 * stack trace. Same field names as the engine's own error body, so Tasklist and Cockpit show the message.
 */
public record Foutantwoord(int status, String type, String message) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public String json() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
