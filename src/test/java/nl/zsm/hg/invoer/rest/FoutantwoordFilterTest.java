package nl.zsm.hg.invoer.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * Issue 15: an answer below 400 goes straight to the client (no copy of the whole body per request); an error
 * answer is still kept back and rewritten into the one error body.
 */
class FoutantwoordFilterTest {

  private final FoutantwoordFilter filter = new FoutantwoordFilter(DataSize.ofMegabytes(1));

  @Test
  void eenGoedAntwoordGaatRechtstreeksNaarDeClient() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<ServletOutputStream> gekregen = new AtomicReference<>();
    AtomicReference<Boolean> alVerzonden = new AtomicReference<>();
    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, new MockFilterChain(
        new jakarta.servlet.http.HttpServlet() {
          @Override
          public void service(jakarta.servlet.ServletRequest req, ServletResponse res) throws java.io.IOException {
            res.setContentType("application/json");
            gekregen.set(res.getOutputStream());
            res.getOutputStream().write("[{\"id\":\"taak-1\"}]".getBytes(StandardCharsets.UTF_8));
            res.flushBuffer();
            alVerzonden.set(response.isCommitted());
          }
        }));

    assertThat(gekregen.get()).as("the container's own stream, no buffer in between").isSameAs(response.getOutputStream());
    assertThat(alVerzonden.get()).as("flushed to the client while the request runs").isTrue();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("[{\"id\":\"taak-1\"}]");
  }

  @Test
  void eenFoutantwoordWordtNogSteedsHerschreven() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task/onbekend"), response, new MockFilterChain(
        new jakarta.servlet.http.HttpServlet() {
          @Override
          public void service(jakarta.servlet.ServletRequest req, ServletResponse res) throws java.io.IOException {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(404);
            res.setContentType("application/json");
            res.setContentLength(60);
            res.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"No task found\"}");
          }
        }));

    assertThat(response.getStatus()).isEqualTo(404);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).startsWith("{").doesNotContain("InvalidRequestException");
    assertThat(response.getContentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void eenOntsnapteFoutWordtEen500ZonderTechniek() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/api/iets"), response, new MockFilterChain(
        new jakarta.servlet.http.HttpServlet() {
          @Override
          public void service(jakarta.servlet.ServletRequest req, ServletResponse res) {
            throw new IllegalStateException("geheime stacktrace");
          }
        }));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("geheime");
  }
}
