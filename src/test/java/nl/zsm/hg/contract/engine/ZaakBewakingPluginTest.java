package nl.zsm.hg.contract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.zsm.hg.contract.domain.Contracten;
import nl.zsm.hg.contract.domain.StapcontractTabel;
import org.junit.jupiter.api.Test;

/** The step contracts are read next to the rest of the start, and nothing is checked or served before they are read. */
class ZaakBewakingPluginTest {

  @Test
  void deContractenWordenNaastDeStartGelezenEnWieZeNodigHeeftWacht() throws Exception {
    CountDownLatch vrijgeven = new CountDownLatch(1);
    AtomicReference<String> lezendeThread = new AtomicReference<>();
    Contracten gelezen = new Contracten();
    ZaakBewakingPlugin plugin = new ZaakBewakingPlugin(() -> {
      lezendeThread.set(Thread.currentThread().getName());
      try {
        vrijgeven.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return gelezen;
    });
    // the bean is made while the reading still runs: the start goes on next to it
    CompletableFuture<Void> engineOpgebouwd = CompletableFuture.runAsync(() -> plugin.postProcessEngineBuild(null));
    CompletableFuture<Contracten> opgevraagd = CompletableFuture.supplyAsync(plugin::contracten);
    Thread.sleep(300);
    assertThat(engineOpgebouwd).as("the engine's build waits for the contracts").isNotDone();
    assertThat(opgevraagd).as("whoever needs the contracts waits").isNotDone();

    vrijgeven.countDown();

    engineOpgebouwd.get(10, TimeUnit.SECONDS);
    assertThat(opgevraagd.get(10, TimeUnit.SECONDS)).isSameAs(gelezen);
    assertThat(lezendeThread.get()).isEqualTo("stapcontracten-lezen");
  }

  @Test
  void eenContractDatNietTeLezenIsHoudtDeStartTegen() {
    ZaakBewakingPlugin plugin = new ZaakBewakingPlugin(() -> {
      throw new IllegalStateException("Contract niet te lezen: kapot.form");
    });

    assertThatThrownBy(() -> plugin.postProcessEngineBuild(null)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Contract niet te lezen: kapot.form");
    assertThatThrownBy(plugin::contracten).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void deEchteContractenKomenVanDeAchtergrondthreadEnZijnCompleet() {
    Contracten contracten = new ZaakBewakingPlugin().contracten();

    assertThat(contracten.vanTaak("zsmHuiselijkGeweld", "Task_VermoedenBeoordelen")).isPresent();
    assertThat(StapcontractTabel.markdown(contracten, contract -> true)).as("the same contracts as a direct reading")
        .isEqualTo(StapcontractTabel.markdown(new ContractenLezer().lees(), contract -> true));
  }
}
