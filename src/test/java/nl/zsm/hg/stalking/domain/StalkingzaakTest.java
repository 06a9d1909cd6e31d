package nl.zsm.hg.stalking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.zsm.hg.hoofdproces.domain.ZsmHuiselijkGeweldContract;
import org.junit.jupiter.api.Test;

/** Both stalking listeners read "is this a stalking case" from the case in one way. */
class StalkingzaakTest {

  @Test
  void labelOfHerkendeComponentMaaktEenStalkingzaak() {
    Map<String, Object> zaak = new HashMap<>();
    assertThat(Stalkingzaak.in(zaak::get)).isFalse();
    zaak.put(ZsmHuiselijkGeweldContract.STALKINGCOMPONENT_HERKEND, true);
    assertThat(Stalkingzaak.in(zaak::get)).isTrue();
    zaak.clear();
    zaak.put(ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING, true);
    zaak.put(ZsmHuiselijkGeweldContract.STALKINGCOMPONENT_HERKEND, false);
    assertThat(Stalkingzaak.in(zaak::get)).isTrue();
    zaak.put(ZsmHuiselijkGeweldContract.LABEL_EX_PARTNERSTALKING, "true");
    assertThat(Stalkingzaak.in(zaak::get)).as("only a real Boolean counts, as before").isFalse();
  }
}
