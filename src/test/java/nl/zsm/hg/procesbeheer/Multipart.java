package nl.zsm.hg.procesbeheer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Deploys through the engine REST API as Camunda Modeler does: POST /engine-rest/deployment/create, multipart. */
final class Multipart {

  private Multipart() {}

  static HttpResponse<String> deploy(int port, String userId, String naam, Map<String, String> bestanden) {
    String grens = "----zsm" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    deel(body, grens, "deployment-name", null, naam);
    deel(body, grens, "deployment-source", null, "Camunda Modeler");
    bestanden.forEach((bestand, inhoud) -> deel(body, grens, bestand, bestand, inhoud));
    body.append("--").append(grens).append("--\r\n");
    String token = Base64.getEncoder().encodeToString((userId + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + grens)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deel(StringBuilder body, String grens, String naam, String bestand, String inhoud) {
    body.append("--").append(grens).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(naam).append('"');
    if (bestand != null) {
      body.append("; filename=\"").append(bestand).append('"');
    }
    body.append("\r\n");
    if (bestand != null) {
      body.append("Content-Type: application/octet-stream\r\n");
    }
    body.append("\r\n").append(inhoud).append("\r\n");
  }
}
