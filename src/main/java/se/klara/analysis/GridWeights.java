package se.klara.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Binary neighbours of a cell on a regular grid: queen (the eight around it), rook (the four
 * sharing an edge) or distance band (every cell whose centre lies within {@code distance} cell
 * widths). The cell itself is never among its neighbours; Gi* adds it.
 */
public record GridWeights(Kind kind, double distance) {
  public enum Kind {
    QUEEN,
    ROOK,
    DISTANCE
  }

  public GridWeights {
    if (kind == null) {
      throw new IllegalArgumentException("kind");
    }
    if (kind == Kind.DISTANCE && !(distance > 0 && distance <= 50)) {
      throw new IllegalArgumentException("distance must be in (0, 50] cell widths");
    }
  }

  public static GridWeights queen() {
    return new GridWeights(Kind.QUEEN, 0);
  }

  public static GridWeights rook() {
    return new GridWeights(Kind.ROOK, 0);
  }

  public static GridWeights distance(double cellWidths) {
    return new GridWeights(Kind.DISTANCE, cellWidths);
  }

  /**
   * Parses {@code queen}, {@code rook} or {@code distance:D}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static GridWeights parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("queen")) {
      return queen();
    }
    if (t.equals("rook")) {
      return rook();
    }
    if (t.startsWith("distance:")) {
      try {
        return distance(Double.parseDouble(t.substring("distance:".length())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("distance:D needs a number D", e);
      }
    }
    throw new IllegalArgumentException("weights must be queen, rook or distance:D");
  }

  /** Row and column offsets of the neighbours, self excluded, as pairs {dr, dc}. */
  public int[][] offsets() {
    List<int[]> result = new ArrayList<>();
    switch (kind) {
      case QUEEN -> {
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            if (dr != 0 || dc != 0) {
              result.add(new int[] {dr, dc});
            }
          }
        }
      }
      case ROOK -> {
        result.add(new int[] {-1, 0});
        result.add(new int[] {0, -1});
        result.add(new int[] {0, 1});
        result.add(new int[] {1, 0});
      }
      case DISTANCE -> {
        int reach = (int) Math.floor(distance);
        double limit = distance * distance * (1 + 1e-12);
        for (int dr = -reach; dr <= reach; dr++) {
          for (int dc = -reach; dc <= reach; dc++) {
            if ((dr != 0 || dc != 0) && dr * dr + dc * dc <= limit) {
              result.add(new int[] {dr, dc});
            }
          }
        }
      }
    }
    return result.toArray(int[][]::new);
  }
}
