package se.klara.analysis.cli;

/** Numbers for JSON and CSV output: shortest round-trip text, NaN as null or empty. */
final class Json {
  private Json() {}

  static String number(double value) {
    return Double.isFinite(value) ? text(value) : "null";
  }

  static String csv(double value) {
    return Double.isFinite(value) ? text(value) : "";
  }

  private static String text(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static String csvText(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
