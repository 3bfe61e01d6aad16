package se.klara.forums;

/**
 * Spreadsheet formula injection: a cell starting with = + - @, a tab or a carriage return is
 * prefixed with a single quote so that a spreadsheet shows it as text and never evaluates it.
 */
final class CsvCells {
  private CsvCells() {}

  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + cell;
    }
    return cell;
  }
}
