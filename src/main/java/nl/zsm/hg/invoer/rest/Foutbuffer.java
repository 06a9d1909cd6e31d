package nl.zsm.hg.invoer.rest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The answer as {@link FoutantwoordFilter} sees it: an error answer (status 400 or higher when the body is first
 * written) is kept back, so that the filter can rewrite it into the one error body; every other answer goes straight
 * to the client, without a copy of the whole body per request (issue 15: the filter used to buffer and copy every
 * answer, task lists included). {@code sendError} only sets the status, so that the filter writes the error body.
 */
final class Foutbuffer extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private ServletOutputStream stroom;
  private PrintWriter schrijver;
  private Boolean vastgehouden;

  Foutbuffer(HttpServletResponse response) {
    super(response);
  }

  /** Whether the body is kept back: decided by the status when the body is first written. */
  private boolean houdVast() {
    if (vastgehouden == null) {
      vastgehouden = getStatus() >= 400;
    }
    return vastgehouden;
  }

  /** Whether the body went straight to the client (an answer below 400 when it was written). */
  boolean doorgegeven() {
    return Boolean.FALSE.equals(vastgehouden);
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!houdVast()) {
      return super.getOutputStream();
    }
    if (stroom == null) {
      stroom = new ServletOutputStream() {
        @Override
        public void write(int b) {
          buffer.write(b);
        }

        @Override
        public void write(byte[] b, int vanaf, int lengte) {
          buffer.write(b, vanaf, lengte);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("Geen asynchrone foutantwoorden.");
        }
      };
    }
    return stroom;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!houdVast()) {
      return super.getWriter();
    }
    if (schrijver == null) {
      Charset tekenset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
      schrijver = new PrintWriter(new OutputStreamWriter(getOutputStream(), tekenset));
    }
    return schrijver;
  }

  @Override
  public void sendError(int status) {
    setStatus(status);
  }

  @Override
  public void sendError(int status, String melding) {
    setStatus(status);
  }

  @Override
  public void setContentLength(int lengte) {
    if (!Boolean.TRUE.equals(vastgehouden) && getStatus() < 400) {
      super.setContentLength(lengte);
    }
  }

  @Override
  public void setContentLengthLong(long lengte) {
    if (!Boolean.TRUE.equals(vastgehouden) && getStatus() < 400) {
      super.setContentLengthLong(lengte);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!Boolean.TRUE.equals(vastgehouden)) {
      super.flushBuffer();
    }
  }

  /** The error body that was kept back (empty when nothing was). */
  byte[] vastgehoudenInhoud() {
    if (schrijver != null) {
      schrijver.flush();
    }
    return buffer.toByteArray();
  }

  /** Forgets what was kept back, and what is still in the container's buffer, before the filter writes its own. */
  void leeg() {
    buffer.reset();
    if (!isCommitted()) {
      getResponse().resetBuffer();
    }
  }
}
