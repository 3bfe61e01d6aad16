package se.klara.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.klara.KlaraCli;

/**
 * {@code klara analysis gistar|wdq|temporal|knox} run in-process through the launcher: the fixed
 * output contracts, and bad input refused with the line and column, exit 1 and nothing on standard
 * output. None of these start the application (no database is configured here).
 */
class AnalysisCliTests {
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final Locale originalLocale = Locale.getDefault();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path dir;

  @BeforeEach
  void capture() {
    Locale.setDefault(Locale.ENGLISH);
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    Locale.setDefault(originalLocale);
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path gridFile() throws IOException {
    StringBuilder csv = new StringBuilder("id,row,col,value\n");
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 6; c++) {
        csv.append("c").append(r).append('_').append(c).append(',').append(r + 1).append(',');
        csv.append(c + 1).append(',').append((long) GetisOrdTests.GRID[r * 6 + c]).append('\n');
      }
    }
    return file("cells.csv", csv.toString());
  }

  private static double[] column(String csv, int index) {
    return csv.lines().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[index])).toArray();
  }

  @Test
  void gistarOnAGridPrintsIdValueZAndPLikeSpdep() throws IOException {
    assertThat(
            KlaraCli.run(
                "analysis", "gistar", "--grid", gridFile().toString(), "--weights", "queen"))
        .isZero();
    assertThat(stdout()).startsWith("id,value,z,p\nc0_0,3,");
    double[] z = column(stdout(), 2);
    for (int i = 0; i < 30; i++) {
      assertThat(z[i]).isCloseTo(RReference.GRID_QUEEN_GSTAR[i], within(1e-12));
    }
    assertThat(column(stdout(), 3)[14]).isCloseTo(GetisOrd.twoSidedP(z[14]), within(1e-15));
    assertThat(stderr()).isEmpty();
  }

  @Test
  void gistarDistanceBandAndExcludeSelf() throws IOException {
    Path grid = gridFile();
    assertThat(
            KlaraCli.run(
                "analysis", "gistar", "--grid", grid.toString(), "--weights", "distance:1.5"))
        .isZero();
    double[] z = column(stdout(), 2);
    out.reset();
    assertThat(
            KlaraCli.run(
                "analysis",
                "gistar",
                "--grid",
                grid.toString(),
                "--weights",
                "queen",
                "--exclude-self"))
        .isZero();
    double[] gi = column(stdout(), 2);
    for (int i = 0; i < 30; i++) {
      assertThat(z[i]).isCloseTo(RReference.GRID_DISTANCE_1_5_GSTAR[i], within(1e-12));
      assertThat(gi[i]).isCloseTo(RReference.GRID_QUEEN_GI[i], within(1e-12));
    }
  }

  @Test
  void gistarOnColumbusWithANeighbourList() throws IOException {
    Path values = file("values.csv", resource("columbus-values.csv"));
    Path neighbours = file("neighbours.csv", resource("columbus-neighbours.csv"));
    assertThat(
            KlaraCli.run(
                "analysis",
                "gistar",
                "--values",
                values.toString(),
                "--neighbours",
                neighbours.toString()))
        .isZero();
    double[] z = column(stdout(), 2);
    assertThat(z).hasSize(49);
    for (int i = 0; i < 49; i++) {
      assertThat(z[i]).isCloseTo(RReference.COLUMBUS_GSTAR[i], within(1e-12));
    }
    // At least 12 significant digits.
    assertThat(stdout().lines().skip(16).findFirst().orElseThrow())
        .startsWith("16,")
        .contains(",3.28020059027");
  }

  @Test
  void allEqualValuesGiveEmptyZAndP() throws IOException {
    Path values = file("v.csv", "id,value\na,2\nb,2\nc,2\n");
    Path neighbours = file("n.csv", "id,neighbour\na,b\nb,c\n");
    assertThat(
            KlaraCli.run(
                "analysis",
                "gistar",
                "--values",
                values.toString(),
                "--neighbours",
                neighbours.toString()))
        .isZero();
    assertThat(stdout()).isEqualTo("id,value,z,p\na,2,,\nb,2,,\nc,2,,\n");
  }

  @Test
  void wdqPrintsJson() {
    assertThat(
            KlaraCli.run(
                "analysis",
                "wdq",
                "--a-before",
                "60",
                "--a-after",
                "20",
                "--b-before",
                "40",
                "--b-after",
                "30",
                "--c-before",
                "200",
                "--c-after",
                "100"))
        .isZero();
    assertThat(stdout())
        .startsWith("{\"success_measure\":-0.0999")
        .contains("\"buffer_displacement_measure\":0.0999")
        .contains("\"wdq\":-1,")
        .contains("\"tne\":0,")
        .contains("\"interpretation\":\"displacement_with_net_benefit\"")
        .endsWith("}\n");
  }

  @Test
  void accuracyPrintsPaiAndRriAndRefusesMoreHitsThanIncidents() {
    assertThat(
            KlaraCli.run(
                "analysis",
                "accuracy",
                "--hits-first",
                "50",
                "--total-first",
                "200",
                "--hits-second",
                "48",
                "--total-second",
                "96",
                "--cells-area",
                "1",
                "--total-area",
                "8"))
        .isZero();
    // PAI (50/200)/(1/8) = 2 and (48/96)/(1/8) = 4; RRI (48/50)/(96/200) = 2 (exact in binary).
    assertThat(stdout())
        .isEqualTo("{\"pai_first\":2,\"pai_second\":4,\"rri\":2,\"area_share\":0.125}\n");
    refused(
        new String[] {
          "analysis",
          "accuracy",
          "--hits-first",
          "201",
          "--total-first",
          "200",
          "--hits-second",
          "30",
          "--total-second",
          "100",
          "--cells-area",
          "5",
          "--total-area",
          "100"
        },
        "--hits-first");
  }

  @Test
  void temporalPrintsTheFixedJsonObject() throws IOException {
    StringBuilder csv = new StringBuilder("period,hour\n");
    for (double h : RReference.HOURS_BEFORE) {
      csv.append("before,").append(h).append('\n');
    }
    for (double h : RReference.HOURS_AFTER) {
      csv.append("after,").append(h).append('\n');
    }
    assertThat(
            KlaraCli.run(
                "analysis", "temporal", "--events", file("e.csv", csv.toString()).toString()))
        .isZero();
    String json = stdout();
    assertThat(json)
        .startsWith("{\"before\":{\"n\":40,\"mean_hour\":19.6491145484")
        .contains("\"after\":{\"n\":32,\"mean_hour\":9.85869219941")
        .contains("\"resultant_length\":0.78409636252")
        .contains("\"watson_u2\":1.45840567129")
        .contains("\"watson_u2_p\":6.290114823")
        .contains("\"kuiper_v\":0.975")
        .contains("\"chi_square_df\":" + (int) RReference.CHI_SQUARE[1]);
    assertThat(stderr()).contains("below 5");
  }

  @Test
  void knoxPrintsTheBandTable() throws IOException {
    StringBuilder csv = new StringBuilder("id,x_m,y_m,day\n");
    for (int i = 0; i < KnoxTestTests.X.length; i++) {
      csv.append(i).append(',').append(KnoxTestTests.X[i]).append(',').append(KnoxTestTests.Y[i]);
      csv.append(',').append(KnoxTestTests.DAY[i]).append('\n');
    }
    assertThat(
            KlaraCli.run(
                "analysis",
                "knox",
                "--events",
                file("k.csv", csv.toString()).toString(),
                "--space-bands",
                "0,1,101,201,501",
                "--time-bands",
                "0,3,8,15,29",
                "--permutations",
                "99",
                "--seed",
                "7"))
        .isZero();
    String[] lines = stdout().split("\n");
    assertThat(lines[0]).isEqualTo("spatial_band,temporal_band,observed,expected,knox_ratio,p");
    assertThat(lines).hasSize(17);
    assertThat(lines[1]).isEqualTo("0-1,0-3,0,0,,1");
    assertThat(lines[5]).startsWith("1-101,0-3,4,1.0714285714285714,3.7333333333333");
  }

  @Test
  void badInputNamesTheLineAndColumnAndPrintsNothing() throws IOException {
    refused(
        new String[] {
          "analysis", "gistar", "--grid", file("a.csv", "").toString(), "--weights", "queen"
        },
        "line 1, column id: The file is empty");
    refused(
        new String[] {
          "analysis",
          "gistar",
          "--grid",
          file("b.csv", "id,row,value\n1,1,1\n").toString(),
          "--weights",
          "queen"
        },
        "line 1, column col: The column is missing");
    refused(
        new String[] {
          "analysis",
          "gistar",
          "--grid",
          file("c.csv", "id,row,col,value\n1,1,1,3\n2,1,2,x\n").toString(),
          "--weights",
          "rook"
        },
        "line 3, column value: The value is not a number");
    refused(
        new String[] {
          "analysis",
          "gistar",
          "--grid",
          file("d.csv", "id,row,col,value\n1,1,1,3\n1,1,2,4\n").toString(),
          "--weights",
          "rook"
        },
        "line 3, column id: The id already appears");
    refused(
        new String[] {"analysis", "gistar", "--grid", gridFile().toString(), "--weights", "king"},
        "--weights: Neighbours are queen, rook or distance:D");
    Path values = file("v.csv", "id,value\na,1\nb,2\nc,3\n");
    refused(
        new String[] {
          "analysis",
          "gistar",
          "--values",
          values.toString(),
          "--neighbours",
          file("n.csv", "id,neighbour\na,b\n\nb,z\n").toString()
        },
        "line 4, column neighbour: The id is not in the values file");
    refused(
        new String[] {
          "analysis",
          "wdq",
          "--a-before",
          "5",
          "--a-after",
          "-1",
          "--b-before",
          "1",
          "--b-after",
          "1",
          "--c-before",
          "3",
          "--c-after",
          "3"
        },
        "--a-after: The count must not be negative");
    refused(
        new String[] {
          "analysis",
          "wdq",
          "--a-before",
          "5",
          "--a-after",
          "1",
          "--b-before",
          "1",
          "--b-after",
          "1",
          "--c-before",
          "0",
          "--c-after",
          "3"
        },
        "--c-before: The control area's count must not be zero");
    refused(
        new String[] {
          "analysis",
          "temporal",
          "--events",
          file("t.csv", "period,hour\nbefore,3\nafter,24\n").toString()
        },
        "line 3, column hour: The hour must be a decimal number in [0, 24)");
    refused(
        new String[] {
          "analysis",
          "temporal",
          "--events",
          file("u.csv", "period,hour\nbefore,3\nlater,4\n").toString()
        },
        "line 3, column period: The period must be before or after");
    refused(
        new String[] {
          "analysis",
          "knox",
          "--events",
          file("k.csv", "id,x_m,y_m,day\n1,0,0,1\n").toString(),
          "--space-bands",
          "0,10,5",
          "--time-bands",
          "0,1"
        },
        "--space-bands: Band limits");
    refused(
        new String[] {
          "analysis",
          "knox",
          "--events",
          dir.resolve("missing.csv").toString(),
          "--space-bands",
          "0,10",
          "--time-bands",
          "0,1"
        },
        "The file does not exist");
  }

  @Test
  void swedishConsoleGetsSwedishMessages() throws IOException {
    Locale.setDefault(Locale.forLanguageTag("sv"));
    refused(
        new String[] {
          "analysis", "temporal", "--events", file("t.csv", "period,hour\nbefore,-1\n").toString()
        },
        "rad 2, kolumn hour: Timmen ska vara ett decimaltal");
  }

  private void refused(String[] args, String message) {
    out.reset();
    err.reset();
    assertThat(KlaraCli.run(args)).as(String.join(" ", args)).isNotZero();
    assertThat(stdout()).as(String.join(" ", args)).isEmpty();
    assertThat(stderr()).as(String.join(" ", args)).contains(message);
  }

  private static String resource(String name) throws IOException {
    try (var in = AnalysisCliTests.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
