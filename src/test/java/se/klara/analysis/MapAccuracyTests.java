package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** PAI (Chainey et al. 2008) and RRI (Levine 2008) against values worked out by hand. */
class MapAccuracyTests {
  @Test
  void paiIsTheShareOfCrimeOverTheShareOfArea() {
    // 50 of 200 crimes (25 %) in 5 km² of 100 km² (5 %): PAI 5.
    assertThat(MapAccuracy.pai(50, 200, 5, 100)).isCloseTo(5.0, within(1e-12));
    // Crime spread evenly: the share of crime equals the share of area, PAI 1.
    assertThat(MapAccuracy.pai(30, 300, 1, 10)).isCloseTo(1.0, within(1e-12));
    // No crime in the cells: PAI 0.
    assertThat(MapAccuracy.pai(0, 300, 1, 10)).isZero();
  }

  @Test
  void rriIsTheChangeInTheCellsOverTheChangeOverall() {
    // The cells held 40 crimes, then 30; overall 200, then 100: (30/40)/(100/200) = 1.5.
    assertThat(MapAccuracy.rri(40, 30, 200, 100)).isCloseTo(1.5, within(1e-12));
    // The cells keep exactly their share: RRI 1.
    assertThat(MapAccuracy.rri(10, 20, 100, 200)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void undefinedValuesAreNaNAndImpossibleCountsAreRefused() {
    assertThat(MapAccuracy.pai(0, 0, 1, 10)).isNaN();
    assertThat(MapAccuracy.pai(1, 2, 0, 10)).isNaN();
    assertThat(MapAccuracy.rri(0, 5, 10, 10)).isNaN();
    assertThat(MapAccuracy.rri(5, 5, 10, 0)).isNaN();
    assertThatThrownBy(() -> MapAccuracy.pai(3, 2, 1, 10))
        .isInstanceOf(AnalysisInputException.class);
    assertThatThrownBy(() -> MapAccuracy.pai(-1, 2, 1, 10))
        .isInstanceOf(AnalysisInputException.class);
    assertThatThrownBy(() -> MapAccuracy.rri(1, -1, 10, 10))
        .isInstanceOf(AnalysisInputException.class);
  }
}
