package se.klara.directory;

/** The ages a unit works with, either end open: "13–19", "up to 20". */
public record AgeRange(Integer min, Integer max) {
  public static final AgeRange ANY = new AgeRange(null, null);

  public AgeRange {
    if (min != null && (min < 0 || min > 120)) {
      throw new DirectoryException("ageMin", "age.out-of-range");
    }
    if (max != null && (max < 0 || max > 120)) {
      throw new DirectoryException("ageMax", "age.out-of-range");
    }
    if (min != null && max != null && min > max) {
      throw new DirectoryException("ageMin", "age.inverted", min, max);
    }
  }

  public boolean includes(int age) {
    return (min == null || age >= min) && (max == null || age <= max);
  }

  public boolean isAny() {
    return min == null && max == null;
  }
}
