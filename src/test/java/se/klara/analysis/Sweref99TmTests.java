package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import se.klara.shared.Sweref99Tm;

/** SWEREF 99 TM against PROJ (through R's sf), and the way back. */
class Sweref99TmTests {
  static final double[][] POINTS = {{59.3326, 18.0649}, {59.3312, 18.0615}, {57.7, 11.97}};

  @Test
  void projectsLikeProj() {
    for (int i = 0; i < POINTS.length; i++) {
      double[] ne = Sweref99Tm.project(POINTS[i][0], POINTS[i][1]);
      assertThat(ne[0]).isCloseTo(RReference.SWEREF_NORTHING[i], within(1e-4));
      assertThat(ne[1]).isCloseTo(RReference.SWEREF_EASTING[i], within(1e-4));
      double[] back = Sweref99Tm.unproject(ne[0], ne[1]);
      assertThat(back[0]).isCloseTo(POINTS[i][0], within(1e-9));
      assertThat(back[1]).isCloseTo(POINTS[i][1], within(1e-9));
    }
  }
}
