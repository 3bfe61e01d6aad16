package se.klara.directory;

/**
 * One reason an HSDS file cannot be imported: where in the file ({@code
 * services[3].x_klara_target_groups[1]}, or a line and column when the file is not JSON at all) and
 * a message key with its arguments, resolved in the user's language at the web edge.
 */
record HsdsProblem(
    String path, Integer line, Integer column, String messageKey, Object[] arguments) {

  HsdsProblem {
    path = path == null ? "" : path;
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  static HsdsProblem at(String path, String messageKey, Object... arguments) {
    return new HsdsProblem(path, null, null, messageKey, arguments);
  }

  static HsdsProblem atLine(int line, int column, String messageKey, Object... arguments) {
    return new HsdsProblem("", line, column, messageKey, arguments);
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }
}
