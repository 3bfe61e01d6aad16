package se.klara.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntCounterTests {

  @Test
  void countsAgreeWithAPlainMapThroughManyGrowths() {
    LongIntCounter counter = new LongIntCounter(16);
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 300_000; i++) {
      long key = random.nextInt(50_000) * 1_000_003L + (i % 3 == 0 ? 0 : (1L << 40));
      counter.increment(key, 2);
      expected.merge(key, 2, Integer::sum);
    }
    assertThat(counter.size()).isEqualTo(expected.size());
    Map<Long, Integer> seen = new HashMap<>();
    counter.forEach(seen::put);
    assertThat(seen).isEqualTo(expected);
    expected.forEach((key, value) -> assertThat(counter.get(key)).isEqualTo(value));
  }

  @Test
  void zeroIsAKeyAndAMissingKeyHasNoValue() {
    LongIntCounter counter = new LongIntCounter(4);
    assertThat(counter.get(0)).isEqualTo(-1);
    counter.put(0, 5);
    counter.put(0, 7);
    counter.increment(9, 1);
    assertThat(counter.get(0)).isEqualTo(7);
    assertThat(counter.get(9)).isEqualTo(1);
    assertThat(counter.size()).isEqualTo(2);
    assertThatThrownBy(() -> counter.increment(-1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
