package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import se.klara.analysis.Displacement.Interpretation;

/** WDQ, TNE and WDD, with every interpretation band (values worked out by hand in comments). */
class DisplacementTests {

  @Test
  void everyInterpretationBand() {
    // A 50 -> 40 with a steady control: success measure 0.40 - 0.50 = -0.1.
    assertThat(new Displacement(10, 12, 20, 20, 100, 100).interpretation())
        .isEqualTo(Interpretation.NO_SUCCESS);
    assertThat(new Displacement(10, 12, 20, 20, 100, 100).successMeasure())
        .isCloseTo(0.02, within(1e-15));
    assertBand(30, 2.0, Interpretation.DIFFUSION_GREATER_THAN_DIRECT_EFFECT); // BDM -0.20
    assertBand(45, 0.5, Interpretation.DIFFUSION); // BDM -0.05
    assertBand(50, 0.0, Interpretation.NO_DISPLACEMENT_OR_DIFFUSION);
    assertBand(55, -0.5, Interpretation.DISPLACEMENT_WITH_NET_BENEFIT); // BDM +0.05
    assertBand(70, -2.0, Interpretation.DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT); // BDM +0.20
  }

  private static void assertBand(long bufferAfter, double wdq, Interpretation expected) {
    Displacement d = new Displacement(50, 40, 50, bufferAfter, 100, 100);
    assertThat(d.successMeasure()).isCloseTo(-0.1, within(1e-15));
    assertThat(d.wdq()).isCloseTo(wdq, within(1e-12));
    assertThat(d.interpretation()).isEqualTo(expected);
  }

  @Test
  void theControlAreaWeightsTheCountsAndTneIsGrossPlusBuffer() {
    // Control halves (200 -> 100): A expected 30 after, observed 20 -> 10 prevented;
    // B expected 20, observed 30 -> 10 displaced; WDQ = (0.30 - 0.20) / (0.20 - 0.30) = -1.
    Displacement d = new Displacement(60, 20, 40, 30, 200, 100);
    assertThat(d.successMeasure()).isCloseTo(-0.1, within(1e-15));
    assertThat(d.bufferDisplacementMeasure()).isCloseTo(0.1, within(1e-15));
    assertThat(d.wdq()).isCloseTo(-1, within(1e-12));
    assertThat(d.grossEffect()).isCloseTo(10, within(1e-12));
    assertThat(d.bufferEffect()).isCloseTo(-10, within(1e-12));
    assertThat(d.totalNetEffect()).isCloseTo(0, within(1e-12));
    assertThat(d.interpretation()).isEqualTo(Interpretation.DISPLACEMENT_WITH_NET_BENEFIT);
    // A success measure of exactly 0 is no success and the WDQ is undefined.
    Displacement none = new Displacement(60, 30, 40, 50, 200, 100);
    assertThat(none.wdq()).isNaN();
    assertThat(none.interpretation()).isEqualTo(Interpretation.NO_SUCCESS);
  }

  @Test
  void weightedDisplacementDifference() {
    // ΔA = -10, ΔB = -20, ΔC = 0: WDD = -30; variance 50+40+50+30 + 4·(100+100) = 970.
    Displacement.Wdd wdd = new Displacement(50, 40, 50, 30, 100, 100).wdd();
    assertThat(wdd.estimate()).isEqualTo(-30);
    assertThat(wdd.variance()).isEqualTo(970);
    assertThat(wdd.z()).isCloseTo(-30 / Math.sqrt(970), within(1e-15));
    assertThat(wdd.p()).isCloseTo(0.33542611816, within(1e-10)); // R: 2 * pnorm(-30 / sqrt(970))
    // The published form with separate controls: variance is the sum of the eight counts.
    Displacement.Wdd published = Displacement.wdd(50, 40, 100, 100, 50, 30, 80, 90);
    assertThat(published.estimate()).isEqualTo(-10 - 0 - 20 - 10);
    assertThat(published.variance()).isEqualTo(540);
    assertThat(published.z()).isCloseTo(-40 / Math.sqrt(540), within(1e-15));
  }

  @Test
  void refusesNegativeCountsAndAZeroControl() {
    assertThatThrownBy(() -> new Displacement(5, -1, 3, 3, 10, 10))
        .isInstanceOfSatisfying(
            AnalysisInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("a-after");
              assertThat(e.messageKey()).isEqualTo("analysis.error.negative-count");
            });
    assertThatThrownBy(() -> new Displacement(5, 1, 3, 3, 10, 0))
        .isInstanceOfSatisfying(
            AnalysisInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("c-after");
              assertThat(e.messageKey()).isEqualTo("analysis.error.zero-control");
            });
  }
}
