package se.klara.situation;

import java.util.List;

/**
 * What each reporting organisation (or each incident source) saw, side by side: one row per
 * organisation, one column per measure. Each column is a {@link CountLine}, suppressed for viewers
 * who do not see exact counts. Columns where the organisations' pictures disagree are marked.
 */
public record PerspectiveTable(List<Column> columns, List<String> rowLabels) {
  public PerspectiveTable {
    columns = List.copyOf(columns);
    rowLabels = List.copyOf(rowLabels);
  }

  /**
   * One measure across the organisations, named by a message key or (for a phenomenon or category)
   * by its name; {@code differs} marks disagreeing pictures.
   */
  public record Column(String label, String messageKey, CountLine counts, boolean differs) {}

  public boolean empty() {
    return rowLabels.isEmpty();
  }

  /** The cell of a row and column, for the template's nested loops. */
  public ShownCount cell(int row, int column) {
    return columns.get(column).counts().cells().get(row);
  }
}
