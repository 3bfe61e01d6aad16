package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Knox counts and exact expectations against R's enumeration of all 8! date permutations. */
class KnoxTestTests {
  static final double[] X = {0, 50, 120, 130, 400, 410, 900, 40};
  static final double[] Y = {0, 10, 0, 80, 400, 390, 100, 60};
  static final double[] DAY = {1, 3, 10, 12, 30, 31, 33, 5};
  static final double[] SPACE = {0, 1, 101, 201, 501};
  static final double[] TIME = {0, 3, 8, 15, 29};

  @Test
  void observedAndExactExpectedMatchEnumeration() {
    check(
        KnoxTest.Distance.MANHATTAN,
        RReference.KNOX_OBSERVED_MANHATTAN,
        RReference.KNOX_EXPECTED_MANHATTAN);
    check(
        KnoxTest.Distance.EUCLIDEAN,
        RReference.KNOX_OBSERVED_EUCLIDEAN,
        RReference.KNOX_EXPECTED_EUCLIDEAN);
  }

  private static void check(KnoxTest.Distance distance, double[] observed, double[] expected) {
    KnoxTest.Result result = KnoxTest.run(X, Y, DAY, SPACE, TIME, distance, 0, 1);
    assertThat(result.cells()).hasSize(16);
    for (int c = 0; c < 16; c++) {
      assertThat(result.cells()[c].observed()).as("cell %d", c).isEqualTo((long) observed[c]);
      assertThat(result.cells()[c].expected())
          .as("cell %d", c)
          .isCloseTo(expected[c], within(1e-12));
      assertThat(result.cells()[c].p()).isNaN();
    }
  }

  @Test
  void monteCarloPIsSeededAndBounded() {
    KnoxTest.Result a = KnoxTest.run(X, Y, DAY, SPACE, TIME, KnoxTest.Distance.MANHATTAN, 999, 42);
    KnoxTest.Result b = KnoxTest.run(X, Y, DAY, SPACE, TIME, KnoxTest.Distance.MANHATTAN, 999, 42);
    for (int c = 0; c < 16; c++) {
      assertThat(a.cells()[c].p()).isEqualTo(b.cells()[c].p());
      assertThat(a.cells()[c].p()).isBetween(1.0 / 1000, 1.0);
    }
    // Same place (band 1-101), 0-3 days: 4 observed against 1.07 expected: a near repeat.
    KnoxTest.Cell near = a.cells()[4];
    assertThat(near.knoxRatio()).isCloseTo(4 / (1.0714285714285714), within(1e-12));
    assertThat(near.p()).isLessThan(0.05);
    // A cell nobody can fill (distance 0-1) is never less than observed: p = 1.
    assertThat(a.cells()[0].p()).isEqualTo(1.0);
  }

  @Test
  void bandsAreHalfOpen() {
    double[] limits = {0, 1, 101};
    assertThat(KnoxTest.band(limits, 0)).isZero();
    assertThat(KnoxTest.band(limits, 1)).isEqualTo(1);
    assertThat(KnoxTest.band(limits, 100.999)).isEqualTo(1);
    assertThat(KnoxTest.band(limits, 101)).isEqualTo(-1);
    assertThatThrownBy(
            () ->
                KnoxTest.run(
                    X, Y, DAY, new double[] {0, 5, 5}, TIME, KnoxTest.Distance.MANHATTAN, 0, 1))
        .isInstanceOf(AnalysisInputException.class);
  }

  @Test
  void paiAndRri() {
    // 30 of 100 crimes in cells covering 5 % of the area: PAI = 0.3 / 0.05 = 6.
    assertThat(MapAccuracy.pai(30, 100, 5, 100)).isCloseTo(6, within(1e-12));
    // The cells hold 30 then 24 crimes while all crime falls from 100 to 60: RRI = 0.8 / 0.6.
    assertThat(MapAccuracy.rri(30, 24, 100, 60)).isCloseTo(0.8 / 0.6, within(1e-12));
    assertThat(MapAccuracy.pai(0, 0, 5, 100)).isNaN();
    assertThatThrownBy(() -> MapAccuracy.pai(-1, 10, 1, 2))
        .isInstanceOf(AnalysisInputException.class);
  }
}
