package se.klara.analysis;

import java.util.Arrays;
import se.klara.shared.Sweref99Tm;

/**
 * Incident counts per square cell of a SWEREF 99 TM grid whose lines lie on multiples of the cell
 * size (cell indexes: metres / cell size, rounded down), with the bounding box a grid must cover.
 * The same cell always has the same index, whatever the period, so grids of two periods line up.
 */
final class CellCounts {
  private final int cellMetres;
  private int[] rows = new int[1024];
  private int[] cols = new int[1024];
  private long[] counts = new long[1024];
  private int size;
  private long located;
  private long unlocated;
  private int minRow = Integer.MAX_VALUE;
  private int maxRow = Integer.MIN_VALUE;
  private int minCol = Integer.MAX_VALUE;
  private int maxCol = Integer.MIN_VALUE;

  CellCounts(int cellMetres) {
    this.cellMetres = cellMetres;
  }

  /** Adds a count to the cell with these indexes. */
  void add(int row, int col, long count) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size * 2);
      cols = Arrays.copyOf(cols, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    rows[size] = row;
    cols[size] = col;
    counts[size++] = count;
    located += count;
    widen(row, col);
  }

  /** Adds a count at a projected point (northing, easting in metres). */
  void add(double[] northEast, long count) {
    add(index(northEast[0]), index(northEast[1]), count);
  }

  /** Counts an incident that has no place on the grid. */
  void addUnlocated(long count) {
    unlocated += count;
  }

  /** Widens the bounding box to a projected point (northing, easting in metres). */
  void include(double[] northEast) {
    widen(index(northEast[0]), index(northEast[1]));
  }

  /** Widens the bounding box to another period's. */
  void include(CellCounts other) {
    if (other.maxRow >= other.minRow) {
      widen(other.minRow, other.minCol);
      widen(other.maxRow, other.maxCol);
    }
  }

  private int index(double metres) {
    return (int) Math.floor(metres / cellMetres);
  }

  private void widen(int row, int col) {
    minRow = Math.min(minRow, row);
    maxRow = Math.max(maxRow, row);
    minCol = Math.min(minCol, col);
    maxCol = Math.max(maxCol, col);
  }

  /** Whether no incident lies on the grid. */
  boolean isEmpty() {
    return size == 0;
  }

  long located() {
    return located;
  }

  long unlocated() {
    return unlocated;
  }

  /** The grid over the bounding box with two cells of margin on every side. */
  Grid grid(int maxCellsPerSide) {
    int rowCount = maxRow - minRow + 5;
    int colCount = maxCol - minCol + 5;
    if (rowCount > maxCellsPerSide || colCount > maxCellsPerSide) {
      throw new AnalysisInputException("cell", "analysis.error.grid-too-large-web");
    }
    return new Grid(cellMetres, minRow - 2, minCol - 2, rowCount, colCount);
  }

  /** A rectangle of cells: its first row and column (cell indexes) and its size. */
  record Grid(int cellMetres, int firstRow, int firstCol, int rows, int cols) {
    /** The counts of a period on this grid, row by row; cells outside the grid are left out. */
    double[] counts(CellCounts period) {
      double[] grid = new double[rows * cols];
      for (int k = 0; k < period.size; k++) {
        int r = period.rows[k] - firstRow;
        int c = period.cols[k] - firstCol;
        if (r >= 0 && r < rows && c >= 0 && c < cols) {
          grid[r * cols + c] += period.counts[k];
        }
      }
      return grid;
    }

    /** A cell's outline in WGS 84: south, west, north, east. */
    double[] outline(int row, int col) {
      double[] sw =
          Sweref99Tm.unproject(
              (double) (firstRow + row) * cellMetres, (double) (firstCol + col) * cellMetres);
      double[] ne =
          Sweref99Tm.unproject(
              (double) (firstRow + row + 1) * cellMetres,
              (double) (firstCol + col + 1) * cellMetres);
      return new double[] {sw[0], sw[1], ne[0], ne[1]};
    }

    /** The area of the whole grid in square metres. */
    double squareMetres() {
      return (double) rows * cols * cellMetres * cellMetres;
    }
  }
}
