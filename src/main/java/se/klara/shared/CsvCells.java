package se.klara.shared;

/**
 * Makes a cell safe to open in a spreadsheet: text that a spreadsheet would read as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe (OWASP CSV
 * injection). Numbers like "-3" are left alone.
 */
public final class CsvCells {
  private CsvCells() {}

  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (risky && !value.matches("[+-]?\\d+([.,]\\d+)?")) {
      return "'" + value;
    }
    return value;
  }
}
