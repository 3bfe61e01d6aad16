package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gi* and Gi against R's spdep::localG (values in RReference, script bench/r/reference-values.R).
 */
class GetisOrdTests {
  static final double[] GRID = {
    3, 1, 0, 2, 5, 1, //
    0, 4, 7, 9, 2, 0, //
    1, 6, 12, 10, 3, 1, //
    0, 2, 5, 4, 1, 0, //
    2, 0, 1, 0, 0, 3
  };

  private static void assertSame(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("unit %d", i).isCloseTo(expected[i], within(1e-12));
    }
  }

  @Test
  void gridQueenRookAndDistanceBandsMatchSpdep() {
    assertSame(
        GetisOrd.onGrid(5, 6, GRID, null, GridWeights.queen(), true).z(),
        RReference.GRID_QUEEN_GSTAR);
    assertSame(
        GetisOrd.onGrid(5, 6, GRID, null, GridWeights.rook(), true).z(),
        RReference.GRID_ROOK_GSTAR);
    assertSame(
        GetisOrd.onGrid(5, 6, GRID, null, GridWeights.queen(), false).z(),
        RReference.GRID_QUEEN_GI);
    assertSame(
        GetisOrd.onGrid(5, 6, GRID, null, GridWeights.distance(1.5), true).z(),
        RReference.GRID_DISTANCE_1_5_GSTAR);
    assertSame(
        GetisOrd.onGrid(5, 6, GRID, null, GridWeights.parse("distance:2"), true).z(),
        RReference.GRID_DISTANCE_2_GSTAR);
  }

  @Test
  void theCentreOfTheClusterIsAHotSpotAt99Percent() {
    GiStatistics gi = GetisOrd.onGrid(5, 6, GRID, null, GridWeights.queen(), true);
    int centre = 2 * 6 + 2; // value 12
    assertThat(gi.z(centre)).isCloseTo(RReference.GRID_QUEEN_GSTAR[centre], within(1e-12));
    assertThat(gi.classes(false)[centre]).isEqualTo(HotSpotClass.HOT_99);
    assertThat(gi.z(centre)).isGreaterThan(2.576);
  }

  @Test
  void columbusCrimeMatchesSpdepWithItsGalNeighbours() throws IOException {
    double[] values = new double[49];
    for (String[] row : csv("columbus-values.csv")) {
      values[Integer.parseInt(row[0]) - 1] = Double.parseDouble(row[1]);
    }
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < 49; i++) {
      lists.add(new ArrayList<>());
    }
    for (String[] row : csv("columbus-neighbours.csv")) {
      lists.get(Integer.parseInt(row[0]) - 1).add(Integer.parseInt(row[1]) - 1);
    }
    int[][] neighbours =
        lists.stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    GiStatistics gstar = GetisOrd.ofNeighbours(values, neighbours, true);
    assertSame(gstar.z(), RReference.COLUMBUS_GSTAR);
    for (int i = 0; i < 49; i++) {
      assertThat(gstar.p(i)).isCloseTo(RReference.COLUMBUS_GSTAR_P[i], within(1e-12));
    }
    assertSame(GetisOrd.ofNeighbours(values, neighbours, false).z(), RReference.COLUMBUS_GI);
    // Two literal values, so a regenerated reference file cannot silently change the test.
    assertThat(gstar.z(15)).isCloseTo(3.2802005902769196, within(1e-12));
    assertThat(gstar.z(31)).isCloseTo(-2.8510231765798619, within(1e-12));
  }

  @Test
  void allEqualValuesAreUndefinedNotACrash() {
    double[] equal = new double[12];
    java.util.Arrays.fill(equal, 0.1);
    GiStatistics gi = GetisOrd.onGrid(3, 4, equal, null, GridWeights.queen(), true);
    for (int i = 0; i < 12; i++) {
      assertThat(gi.defined(i)).isFalse();
      assertThat(gi.p(i)).isNaN();
    }
    assertThat(gi.classes(true)).containsOnly(HotSpotClass.UNDEFINED);
    assertThat(gi.medianZ()).isNaN();
    // Gi: when all the other units are equal the unit's own variance is zero.
    double[] oneOff = {1, 1, 1, 1, 5};
    int[][] chain = {{1}, {0, 2}, {1, 3}, {2, 4}, {3}};
    GiStatistics gi2 = GetisOrd.ofNeighbours(oneOff, chain, false);
    assertThat(gi2.defined(4)).isFalse();
    assertThat(gi2.defined(0)).isTrue();
  }

  @Test
  void aUnitWithoutNeighboursIsUndefinedForGiButDefinedForGiStar() {
    double[] values = {1, 2, 3, 4, 10};
    int[][] neighbours = {{1}, {0, 2}, {1, 3}, {2}, {}};
    assertThat(GetisOrd.ofNeighbours(values, neighbours, false).defined(4)).isFalse();
    assertThat(GetisOrd.ofNeighbours(values, neighbours, true).defined(4)).isTrue();
  }

  @Test
  void absentGridCellsAreNeitherUnitsNorNeighbours() {
    boolean[] present = new boolean[30];
    java.util.Arrays.fill(present, true);
    present[0] = false;
    GiStatistics gi = GetisOrd.onGrid(5, 6, GRID, present, GridWeights.queen(), true);
    assertThat(gi.z(0)).isNaN();
    // The same as the neighbour-list form without cell 0.
    double[] values = new double[29];
    int[][] neighbours = new int[29][];
    for (int i = 1; i < 30; i++) {
      values[i - 1] = GRID[i];
      List<Integer> list = new ArrayList<>();
      for (int j = 1; j < 30; j++) {
        if (j != i && Math.abs(i / 6 - j / 6) <= 1 && Math.abs(i % 6 - j % 6) <= 1) {
          list.add(j - 1);
        }
      }
      neighbours[i - 1] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    GiStatistics reference = GetisOrd.ofNeighbours(values, neighbours, true);
    for (int i = 1; i < 30; i++) {
      assertThat(gi.z(i)).isCloseTo(reference.z(i - 1), within(1e-12));
    }
  }

  @Test
  void classesFollowTheTwoSidedPAndTheFalseDiscoveryRateIsStricter() {
    double[] z = {3.0, -2.0, 1.7, 0.5, Double.NaN, 2.7};
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = GetisOrd.twoSidedP(z[i]);
    }
    assertThat(p[0]).isCloseTo(0.0026997960632601866, within(1e-15));
    assertThat(HotSpotClass.classify(z, p, false))
        .containsExactly(
            HotSpotClass.HOT_99,
            HotSpotClass.COLD_95,
            HotSpotClass.HOT_90,
            HotSpotClass.NOT_SIGNIFICANT,
            HotSpotClass.UNDEFINED,
            HotSpotClass.HOT_99);
    // Benjamini–Hochberg over 5 defined p-values: sorted 0.0027, 0.0069, 0.0455, 0.0891, 0.617.
    // α=0.01: 0.0027 ≤ 0.002? no; 0.0069 ≤ 0.004? no -> none at 99 %.
    // α=0.05: 0.0455 ≤ 0.03? no; 0.0069 ≤ 0.02 yes -> threshold 0.0069.
    // α=0.10: 0.0891 ≤ 0.08? no; 0.0455 ≤ 0.06 yes -> threshold 0.0455.
    assertThat(HotSpotClass.classify(z, p, true))
        .containsExactly(
            HotSpotClass.HOT_95,
            HotSpotClass.COLD_90,
            HotSpotClass.NOT_SIGNIFICANT,
            HotSpotClass.NOT_SIGNIFICANT,
            HotSpotClass.UNDEFINED,
            HotSpotClass.HOT_95);
  }

  @Test
  void weightsParseAndRefuseNonsense() {
    assertThat(GridWeights.parse("distance:1.5").offsets().length).isEqualTo(8);
    assertThat(GridWeights.parse("distance:2").offsets().length).isEqualTo(12);
    assertThat(GridWeights.parse("ROOK").offsets().length).isEqualTo(4);
    for (String bad : new String[] {"king", "distance:", "distance:x", "distance:-1", ""}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> GridWeights.parse(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static List<String[]> csv(String name) throws IOException {
    try (InputStream in = GetisOrdTests.class.getResourceAsStream(name)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
      List<String[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(lines[i].split(","));
        }
      }
      return rows;
    }
  }
}
