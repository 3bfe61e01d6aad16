package se.klara.goals;

import java.util.List;

/** A measurement file that was refused as a whole, with its problems by line and column. */
public class MeasurementImportException extends RuntimeException {
  /** {@code line} 1 = the header; {@code column} as named in the file. */
  public record Problem(int line, String column, String messageKey, List<Object> arguments) {}

  private final transient List<Problem> problems;

  public MeasurementImportException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the measurement file");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
