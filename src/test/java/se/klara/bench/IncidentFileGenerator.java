package se.klara.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a realistic synthetic incident file for the benchmark: about 50 hot places in a 3 × 3 km
 * square around Sergels torg, 20 categories with their own daily cycles (drug crime in the morning,
 * violence and disorder at night, theft in the afternoon), busier weekend nights, over a number of
 * years. Deterministic for a given seed. Half the rows name the place; the other half give only
 * coordinates near it, as guard logs and police exports do.
 *
 * <p>{@code java ... IncidentFileGenerator <rows> <file> [years] [seed]}
 */
public final class IncidentFileGenerator {
  /** The header of the file: a source mapping names these columns. */
  public static final String HEADER = "tid;prioritet;kategori;plats;lat;lon";

  /** The 20 raw category names as a police export writes them. */
  public static final List<String> CATEGORIES =
      List.of(
          "Misshandel",
          "Rån",
          "Olaga hot",
          "Sexualbrott",
          "Narkotikabrott, innehav",
          "Narkotikabrott, eget bruk",
          "Narkotikabrott, överlåtelse",
          "Stöld",
          "Ficktjuveri",
          "Skadegörelse",
          "Klotter",
          "Ordningsstörning",
          "Fylleri/LOB",
          "Vapenlagsbrott",
          "Bedrägeri",
          "Brand",
          "Trafikolycka",
          "Person i behov av hjälp",
          "Bråk",
          "Övrigt");

  /** Centre of the square (Sergels torg) and its half side in degrees (about 1.5 km). */
  static final double LAT = 59.3326;

  static final double LON = 18.0649;
  static final double HALF_LAT = 0.0135;
  static final double HALF_LON = 0.0265;

  public static final int PLACES = 50;

  private IncidentFileGenerator() {}

  /** The name of hot place {@code i} (0-based). */
  public static String placeName(int i) {
    return String.format(Locale.ROOT, "Bänkplats %02d", i + 1);
  }

  /** The coordinates of hot place {@code i}: a fixed pseudo-random spread over the square. */
  public static double[] placeCentre(int i) {
    Random random = new Random(1000L + i);
    return new double[] {
      LAT + (random.nextDouble() * 2 - 1) * HALF_LAT, LON + (random.nextDouble() * 2 - 1) * HALF_LON
    };
  }

  public static void main(String[] args) throws IOException {
    long rows = Long.parseLong(args[0]);
    Path file = Path.of(args[1]);
    int years = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20191231L;
    long started = System.nanoTime();
    write(rows, file, LocalDate.of(2026, 12, 1).minusYears(years), years, seed);
    System.out.printf(
        Locale.ROOT,
        "wrote %d rows to %s (%d MB) in %.1f s%n",
        rows,
        file,
        Files.size(file) >> 20,
        (System.nanoTime() - started) / 1e9);
  }

  public static void write(long rows, Path file, LocalDate first, int years, long seed)
      throws IOException {
    Random random = new Random(seed);
    LocalDate end = first.plusYears(years);
    long days = end.toEpochDay() - first.toEpochDay();
    double[] placeWeights = new double[PLACES];
    double sum = 0;
    for (int i = 0; i < PLACES; i++) {
      placeWeights[i] = 1.0 / (i + 1); // a few places carry most (Zipf)
      sum += placeWeights[i];
    }
    for (int i = 0; i < PLACES; i++) {
      placeWeights[i] /= sum;
    }
    double[][] centres = new double[PLACES][];
    for (int i = 0; i < PLACES; i++) {
      centres[i] = placeCentre(i);
    }
    long written = 0;
    StringBuilder line = new StringBuilder(96);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (long d = 0; d < days && written < rows; d++) {
        LocalDate day = first.plusDays(d);
        // Spread the rows evenly over the days; weekend days get more of them.
        long target = (rows * (d + 1)) / days;
        long today = target - written;
        boolean weekend =
            day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
        for (long n = 0; n < today; n++) {
          int category = random.nextInt(CATEGORIES.size());
          int hour = hour(category, weekend, random);
          int minute = random.nextInt(60);
          int place = pick(placeWeights, random);
          line.setLength(0);
          line.append(day)
              .append(' ')
              .append(hour < 10 ? "0" : "")
              .append(hour)
              .append(':')
              .append(minute < 10 ? "0" : "")
              .append(minute)
              .append(';')
              .append(1 + (random.nextInt(10) == 0 ? 0 : random.nextInt(5) < 2 ? 1 : 2))
              .append(';')
              .append(
                  CATEGORIES.get(category).contains(",")
                      ? '"' + CATEGORIES.get(category) + '"'
                      : CATEGORIES.get(category))
              .append(';');
          if (random.nextBoolean()) {
            line.append(placeName(place)).append(";;");
          } else {
            // About 20 m from the place's point: close enough for the nearest-place match.
            line.append(';')
                .append(
                    String.format(
                        Locale.ROOT, "%.6f", centres[place][0] + random.nextGaussian() * 0.0001))
                .append(';')
                .append(
                    String.format(
                        Locale.ROOT, "%.6f", centres[place][1] + random.nextGaussian() * 0.0002));
          }
          line.append('\n');
          out.append(line);
          written++;
        }
      }
    }
  }

  /** The hour of day for a category: its own daily cycle. */
  static int hour(int category, boolean weekend, Random random) {
    String name = CATEGORIES.get(category);
    double centre;
    double spread;
    if (name.startsWith("Narkotikabrott")) {
      centre = 9.5; // dealing from early morning until lunch, when no uniformed police are there
      spread = 2.5;
    } else if (name.equals("Stöld") || name.equals("Ficktjuveri") || name.equals("Bedrägeri")) {
      centre = 15;
      spread = 3;
    } else {
      centre = weekend ? 23.5 : 21.5; // violence, disorder, youth groups: evenings and nights
      spread = 3;
    }
    int hour = (int) Math.floor(centre + random.nextGaussian() * spread);
    return Math.floorMod(hour, 24);
  }

  private static int pick(double[] weights, Random random) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
