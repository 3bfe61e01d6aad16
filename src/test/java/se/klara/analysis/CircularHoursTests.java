package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Circular statistics against R's circular package (values in RReference). */
class CircularHoursTests {

  @Test
  void meanHourResultantLengthAndRayleighMatchR() {
    CircularHours.Summary before = CircularHours.summary(RReference.HOURS_BEFORE);
    CircularHours.Summary after = CircularHours.summary(RReference.HOURS_AFTER);
    assertThat(before.n()).isEqualTo(40);
    assertThat(before.meanHour()).isCloseTo(RReference.MEAN_HOUR[0], within(1e-12));
    assertThat(after.meanHour()).isCloseTo(RReference.MEAN_HOUR[1], within(1e-12));
    assertThat(before.resultantLength()).isCloseTo(RReference.RESULTANT_LENGTH[0], within(1e-14));
    assertThat(after.resultantLength()).isCloseTo(RReference.RESULTANT_LENGTH[1], within(1e-14));
    assertThat(before.rayleighP()).isCloseTo(RReference.RAYLEIGH_P[0], within(1e-20));
    assertThat(after.rayleighP()).isCloseTo(RReference.RAYLEIGH_P[1], within(1e-19));
  }

  @Test
  void watsonAndKuiperTwoSampleMatchR() {
    CircularHours.Test u2 = CircularHours.watsonU2(RReference.HOURS_BEFORE, RReference.HOURS_AFTER);
    assertThat(u2.statistic()).isCloseTo(RReference.WATSON_U2[0], within(1e-13));
    assertThat(u2.p()).isCloseTo(RReference.WATSON_U2[1], within(1e-20));
    CircularHours.Test v = CircularHours.kuiperV(RReference.HOURS_BEFORE, RReference.HOURS_AFTER);
    assertThat(v.statistic()).isCloseTo(RReference.KUIPER_V[0], within(1e-13));
    assertThat(v.p()).isCloseTo(RReference.KUIPER_V[1], within(1e-22));

    CircularHours.Test near = CircularHours.watsonU2(RReference.NEAR_1, RReference.NEAR_2);
    assertThat(near.statistic()).isCloseTo(RReference.NEAR_WATSON_U2[0], within(1e-13));
    assertThat(near.p()).isCloseTo(RReference.NEAR_WATSON_U2[1], within(1e-15));
    CircularHours.Test nearV = CircularHours.kuiperV(RReference.NEAR_1, RReference.NEAR_2);
    assertThat(nearV.statistic()).isCloseTo(RReference.NEAR_KUIPER_V[0], within(1e-13));
    assertThat(nearV.p()).isCloseTo(RReference.NEAR_KUIPER_V[1], within(1e-15));
  }

  @Test
  void chiSquareOnHourBinsMatchesRAndWarnsOnSmallExpectedCounts() {
    CircularHours.ChiSquare chi =
        CircularHours.chiSquare(RReference.HOURS_BEFORE, RReference.HOURS_AFTER);
    assertThat(chi.statistic()).isCloseTo(RReference.CHI_SQUARE[0], within(1e-10));
    assertThat(chi.df()).isEqualTo((int) RReference.CHI_SQUARE[1]);
    assertThat(chi.p()).isCloseTo(RReference.CHI_SQUARE[2], within(1e-12));
    assertThat(chi.lowExpected()).isTrue();
  }

  @Test
  void whereTheDayStartsDoesNotMatter() {
    double[] a = RReference.NEAR_1;
    double[] b = RReference.NEAR_2;
    double[] a6 = Arrays.stream(a).map(h -> (h + 6.5) % 24).toArray();
    double[] b6 = Arrays.stream(b).map(h -> (h + 6.5) % 24).toArray();
    assertThat(CircularHours.watsonU2(a6, b6).statistic())
        .isCloseTo(CircularHours.watsonU2(a, b).statistic(), within(1e-12));
    assertThat(CircularHours.kuiperV(a6, b6).statistic())
        .isCloseTo(CircularHours.kuiperV(a, b).statistic(), within(1e-12));
  }

  @Test
  void tiesAreEvaluatedAfterTheTiedGroup() {
    // Worked by hand: d = -1/6 (weight 3), -1/2, 0; mean -0.2; U² = 6/25 · 2/15 = 0.032.
    double[] x = {1, 1, 2};
    double[] y = {1, 3};
    assertThat(CircularHours.watsonU2(x, y).statistic()).isCloseTo(0.032, within(1e-15));
    assertThat(CircularHours.kuiperV(x, y).statistic()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void shiftIsTheShortWayRoundTheClock() {
    assertThat(CircularHours.shift(22, 2)).isEqualTo(4);
    assertThat(CircularHours.shift(2, 22)).isEqualTo(-4);
    assertThat(CircularHours.shift(RReference.MEAN_HOUR[0], RReference.MEAN_HOUR[1]))
        .isCloseTo(RReference.MEAN_HOUR[1] - RReference.MEAN_HOUR[0], within(1e-12));
    // Opposite hours average to no direction at all.
    assertThat(CircularHours.summary(new double[] {6, 18}).meanHour()).isNaN();
  }
}
