package se.klara.shared.cli;

/**
 * Gives command-line tasks the application's services. The application context is started on first
 * use, so that {@code help} and argument errors answer at once without a database.
 */
public interface CliContext {
  <T> T bean(Class<T> type);
}
