package se.klara.analysis;

/**
 * How well a set of hot-spot cells predicts crime: the Predictive Accuracy Index (Chainey et al.
 * 2008), PAI = (n/N)/(a/A), the share of crimes in the cells over the share of the area they cover;
 * and the Recapture Rate Index (Levine 2008), RRI = (n₂/n₁)/(N₂/N₁), how much of the next period's
 * crime the same cells recapture relative to the change overall.
 */
public final class MapAccuracy {
  private MapAccuracy() {}

  /** PAI; NaN when there is no crime or no area. */
  public static double pai(long hitsInCells, long totalCrimes, double cellsArea, double totalArea) {
    if (hitsInCells < 0 || totalCrimes < 0) {
      throw new AnalysisInputException("hits", "analysis.error.negative-count");
    }
    if (hitsInCells > totalCrimes) {
      throw new AnalysisInputException("hits", "analysis.error.hits-above-total");
    }
    if (totalCrimes == 0 || cellsArea <= 0 || totalArea <= 0) {
      return Double.NaN;
    }
    return ((double) hitsInCells / totalCrimes) / (cellsArea / totalArea);
  }

  /** RRI; NaN when a denominator is zero. */
  public static double rri(long hitsFirst, long hitsSecond, long totalFirst, long totalSecond) {
    if (hitsFirst < 0 || hitsSecond < 0 || totalFirst < 0 || totalSecond < 0) {
      throw new AnalysisInputException("hits", "analysis.error.negative-count");
    }
    if (hitsFirst == 0 || totalFirst == 0 || totalSecond == 0) {
      return Double.NaN;
    }
    return ((double) hitsSecond / hitsFirst) / ((double) totalSecond / totalFirst);
  }
}
