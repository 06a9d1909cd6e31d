package nl.zsm.hg.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Issue 15: a request no longer waits for its own access-log commit. The entry is queued and written in batches behind
 * the request; a reader of the log first gets everything queued written.
 */
class ToegangslogWachtrijTest {

  /** Records what would have gone to the database. */
  static final class Database extends JdbcTemplate {
    final List<Integer> partijen = new ArrayList<>();
    int losseInserts;

    @Override
    public int[] batchUpdate(String sql, List<Object[]> rijen) {
      partijen.add(rijen.size());
      return new int[rijen.size()];
    }

    @Override
    public int update(String sql, Object... args) {
      losseInserts++;
      return 1;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
      return List.of();
    }
  }

  private static Toegangslog.Toegang toegang(int i) {
    return new Toegangslog.Toegang(Instant.now(), "vt", "GET", "/engine-rest/task/{id}", "ZSM-2026-00000" + i, null,
        "taak-" + i, 200);
  }

  @Test
  void eenVerzoekSchrijftNietZelfEnDeWachtrijGaatInEenPartij() {
    Database db = new Database();
    Toegangslog log = new Toegangslog(db, TransactionOperations.withoutTransaction(), 3_600_000);
    for (int i = 0; i < 3; i++) {
      log.vastleggen(toegang(i));
    }
    assertThat(db.losseInserts).as("geen schrijfactie per verzoek").isZero();
    assertThat(db.partijen).isEmpty();

    log.schrijfWachtrij();
    assertThat(db.partijen).containsExactly(3);
    log.stop();
  }

  @Test
  void lezenSchrijftEerstDeWachtrij() {
    Database db = new Database();
    Toegangslog log = new Toegangslog(db, TransactionOperations.withoutTransaction(), 3_600_000);
    log.vastleggen(toegang(1));
    log.zoek("ZSM-2026-000001", null);
    assertThat(db.partijen).containsExactly(1);
    log.stop();
  }
}
