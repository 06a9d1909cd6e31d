package nl.zsm.hg.tijd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading a moment as a form or a case variable holds it: with an offset, or Dutch local time without one. */
class AmsterdamTest {

  @Test
  void metOffsetOfZ() {
    assertThat(Amsterdam.alsMoment("2026-11-29T10:15+01:00")).contains(Instant.parse("2026-11-29T09:15:00Z"));
    assertThat(Amsterdam.alsMoment(" 2026-11-29T09:15:00Z ")).contains(Instant.parse("2026-11-29T09:15:00Z"));
    assertThat(Amsterdam.alsMoment("2026-11-29T10:15+01:00[Europe/Amsterdam]"))
        .contains(Instant.parse("2026-11-29T09:15:00Z"));
  }

  @Test
  void zonderOffsetIsHetNederlandseTijd() {
    assertThat(Amsterdam.alsMoment("2026-11-29T10:15")).as("wintertijd").contains(Instant.parse("2026-11-29T09:15:00Z"));
    assertThat(Amsterdam.alsMoment("2026-07-01T10:15")).as("zomertijd").contains(Instant.parse("2026-07-01T08:15:00Z"));
  }

  @Test
  void onleesbaarIsLeeg() {
    assertThat(Amsterdam.alsMoment("morgen om tien uur")).isEmpty();
    assertThat(Amsterdam.alsMoment("2026-11-29")).as("alleen een datum").isEmpty();
  }
}
