package se.klara.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates per 100 000 inhabitants, rounded half up to a whole number as Brå publishes them. */
public final class Rates {
  private static final BigDecimal PER = BigDecimal.valueOf(100_000);

  private Rates() {}

  public static BigDecimal per100k(long count, int population) {
    if (population <= 0) {
      throw new IllegalArgumentException("population must be positive");
    }
    return BigDecimal.valueOf(count)
        .multiply(PER)
        .divide(BigDecimal.valueOf(population), 0, RoundingMode.HALF_UP);
  }
}
