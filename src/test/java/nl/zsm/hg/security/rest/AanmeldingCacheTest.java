package nl.zsm.hg.security.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import nl.zsm.hg.security.domain.AanmeldingCache;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 15: a REST client that clicks through tasks pays the password check and the identity queries once per
 * 30 seconds, not on every request; a wrong password is checked every time; after 30 s the login is checked again.
 */
class AanmeldingCacheTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final VerschuifbareKlok klok = new VerschuifbareKlok();
  private final BasicAuthenticatieFilter filter = new BasicAuthenticatieFilter(identity, new AanmeldingCache(klok));

  @Test
  void geslaagdeAanmeldingWordtKortOnthouden() throws Exception {
    when(identity.checkPassword("ovj", "demo")).thenReturn(true);
    when(identity.createGroupQuery().groupMember("ovj").list()).thenReturn(List.of());
    when(identity.createTenantQuery().userMember("ovj").includingGroupsOfUser(true).list()).thenReturn(List.of());

    assertThat(verzoek("ovj", "demo")).isEqualTo(200);
    assertThat(verzoek("ovj", "demo")).isEqualTo(200);
    verify(identity, times(1)).checkPassword("ovj", "demo");

    klok.verschuif(AanmeldingCache.GELDIG.plusSeconds(1));
    assertThat(verzoek("ovj", "demo")).isEqualTo(200);
    verify(identity, times(2)).checkPassword("ovj", "demo");
    verify(identity, times(3)).setAuthentication(anyString(), org.mockito.ArgumentMatchers.anyList(),
        org.mockito.ArgumentMatchers.anyList());
  }

  @Test
  void foutWachtwoordWordtNooitOnthouden() throws Exception {
    when(identity.checkPassword("ovj", "fout")).thenReturn(false);

    assertThat(verzoek("ovj", "fout")).isEqualTo(401);
    assertThat(verzoek("ovj", "fout")).isEqualTo(401);
    verify(identity, times(2)).checkPassword("ovj", "fout");
  }

  @Test
  void eenAnderWachtwoordIsEenAndereAanmelding() throws Exception {
    when(identity.createGroupQuery().groupMember("ovj").list()).thenReturn(List.of());
    when(identity.createTenantQuery().userMember("ovj").includingGroupsOfUser(true).list()).thenReturn(List.of());
    when(identity.checkPassword("ovj", "demo")).thenReturn(true);
    when(identity.checkPassword("ovj", "anders")).thenReturn(false);
    assertThat(verzoek("ovj", "demo")).isEqualTo(200);
    assertThat(verzoek("ovj", "anders")).isEqualTo(401);
  }

  private int verzoek(String gebruiker, String wachtwoord) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }

  private static final class VerschuifbareKlok extends Clock {
    private Instant nu = Instant.parse("2026-11-30T08:00:00Z");

    void verschuif(Duration duur) {
      nu = nu.plus(duur);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return nu;
    }
  }
}
