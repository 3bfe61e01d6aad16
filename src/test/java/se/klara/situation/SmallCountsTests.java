package se.klara.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klara.situation.ShownCount.Visibility;

class SmallCountsTests {

  @Test
  void largeCountsZerosAndTheTotalStayWhenNothingIsSmall() {
    CountLine line = SmallCounts.suppress(0, 7, 12, 3);
    assertThat(line.cells()).extracting(ShownCount::shownValue).containsExactly(0L, 7L, 12L, 3L);
    assertThat(line.total().shownValue()).isEqualTo(22);
  }

  @Test
  void aSmallCountIsShownAsUnderThreeAndAZeroIsHiddenWithIt() {
    CountLine line = SmallCounts.suppress(9, 2, 0, 5);
    assertThat(line.cells())
        .extracting(ShownCount::visibility)
        .containsExactly(
            Visibility.EXACT,
            Visibility.UNDER_THRESHOLD,
            Visibility.UNDER_THRESHOLD,
            Visibility.EXACT);
    assertThat(line.cells().get(0).shownValue()).isEqualTo(9);
    assertThat(line.total().shownValue()).isEqualTo(16);
  }

  @Test
  void withoutAZeroTheSmallestCountWithRoomIsHidden() {
    CountLine line = SmallCounts.suppress(1, 3, 8, 5);
    assertThat(line.cells())
        .extracting(ShownCount::visibility)
        .containsExactly(
            Visibility.UNDER_THRESHOLD, Visibility.EXACT, Visibility.EXACT, Visibility.HIDDEN);
    assertThat(line.total().shownValue()).isEqualTo(17);
  }

  @Test
  void twoSmallCountsThatAddUpToTheirMostAreNotLeftAlone() {
    // 2 + 2 = 4 would give both away: a third count must go.
    CountLine line = SmallCounts.suppress(2, 2, 6);
    assertThat(line.cells().get(2).visibility()).isEqualTo(Visibility.HIDDEN);
    assertThat(line.total().shownValue()).isEqualTo(10);
  }

  @Test
  void whenNothingElseCanBeHiddenTheTotalIs() {
    CountLine line = SmallCounts.suppress(2, 2);
    assertThat(line.total().hidden()).isTrue();
  }

  @Test
  void aSmallTotalIsHiddenToo() {
    CountLine line = SmallCounts.suppress(1, 0, 1);
    assertThat(line.total().visibility()).isEqualTo(Visibility.UNDER_THRESHOLD);
  }

  /**
   * Every line of up to five counts from 0 to 6: a reader who knows the rule and sees the line must
   * find at least two values possible for every count shown as "&lt;3".
   */
  @Test
  void noHiddenSmallCountCanBeWorkedOutFromTheTotalInAnyShortLine() {
    int lines = 0;
    for (int length = 1; length <= 5; length++) {
      int[] digits = new int[length];
      do {
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
          values[i] = digits[i];
        }
        CountLine line = SmallCounts.suppress(values);
        assertThat(line.total().value())
            .as("total of %s", java.util.Arrays.toString(values))
            .isEqualTo(java.util.stream.LongStream.of(values).sum());
        assertProtected(values, line);
        lines++;
      } while (increment(digits, 7));
    }
    assertThat(lines).isEqualTo(7 + 49 + 343 + 2401 + 16807);
  }

  private static void assertProtected(long[] values, CountLine line) {
    List<Integer> hidden = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      ShownCount cell = line.cells().get(i);
      assertThat(cell.value()).isEqualTo(values[i]);
      if (cell.hidden()) {
        hidden.add(i);
      }
      if (SmallCounts.isSmall(values[i])) {
        assertThat(cell.visibility()).isEqualTo(Visibility.UNDER_THRESHOLD);
      }
    }
    Map<Integer, Set<Long>> feasible = new HashMap<>();
    long[] guess = values.clone();
    enumerate(line, hidden, 0, guess, feasible);
    for (int i : hidden) {
      if (line.cells().get(i).visibility() == Visibility.UNDER_THRESHOLD) {
        assertThat(feasible.get(i))
            .as("values that fit count %d of %s", i, java.util.Arrays.toString(values))
            .hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }

  private static void enumerate(
      CountLine line,
      List<Integer> hidden,
      int index,
      long[] guess,
      Map<Integer, Set<Long>> feasible) {
    if (index == hidden.size()) {
      long sum = java.util.stream.LongStream.of(guess).sum();
      ShownCount total = line.total();
      boolean fits =
          switch (total.visibility()) {
            case EXACT -> total.value() == sum;
            case UNDER_THRESHOLD -> sum > 0 && sum < 3;
            case HIDDEN -> sum >= 3;
          };
      if (fits) {
        for (int i : hidden) {
          feasible.computeIfAbsent(i, k -> new HashSet<>()).add(guess[i]);
        }
      }
      return;
    }
    int i = hidden.get(index);
    boolean under = line.cells().get(i).visibility() == Visibility.UNDER_THRESHOLD;
    for (long v = under ? 0 : 3; v <= (under ? 2 : 40); v++) {
      guess[i] = v;
      enumerate(line, hidden, index + 1, guess, feasible);
    }
  }

  private static boolean increment(int[] digits, int base) {
    for (int i = 0; i < digits.length; i++) {
      if (++digits[i] < base) {
        return true;
      }
      digits[i] = 0;
    }
    return false;
  }
}
