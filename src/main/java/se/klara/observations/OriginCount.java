package se.klara.observations;

/**
 * How many of the people met came from one home municipality or city district: a count of a group,
 * never a person. The text is normalised ({@link OriginNames#normalise}); in a submission it is as
 * typed until {@link ObservationRules} has checked it (not blank, at most {@value #MAX_LENGTH}
 * characters, nothing that names a person, a count between 1 and {@link GroupCounts#MAX}).
 */
public record OriginCount(String origin, int count) {
  /** The longest origin text. */
  public static final int MAX_LENGTH = 100;

  public OriginCount {
    origin = OriginNames.normalise(origin);
  }
}
