package se.klara.incidents;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import se.klara.shared.DateRange;

/**
 * The rollup counts of one import, counted while its rows stream past: per place, category and
 * local day, and per place, local day and hour. Memory grows with the distinct places, categories
 * and days of the file (ten years of 50 places and 20 categories: about 60 MB), never with its
 * rows. {@link Rollups} writes them in the import's transaction.
 */
final class RollupCounts {
  /** Days are stored from this offset so that every key is non-negative (22 bits). */
  private static final long DAY_OFFSET = 1L << 21;

  private static final ZoneRules ZONE = DateRange.ZONE.getRules();

  /** Index 0 is "no named place". */
  private final Map<Long, Integer> placeIndex = new HashMap<>();

  private final Map<Long, Integer> categoryIndex = new HashMap<>();
  private long[] placeIds = new long[16];
  private long[] categoryIds = new long[16];
  private int places = 1;
  private int categories;

  /** (place, category, day) → count. */
  final LongIntCounter days = new LongIntCounter(1 << 12);

  /** (place, day) → a slot of 24 hour counts in {@link #hourCounts}. */
  final LongIntCounter hourSlots = new LongIntCounter(1 << 10);

  int[] hourCounts = new int[24 * 1024];
  int slots;

  void add(Long placeId, long categoryId, Instant occurred) {
    long seconds = occurred.getEpochSecond() + ZONE.getOffset(occurred).getTotalSeconds();
    long day = Math.floorDiv(seconds, 86_400L);
    int hour = (int) (Math.floorMod(seconds, 86_400L) / 3600);
    long place = placeId == null ? 0 : place(placeId);
    long category = category(categoryId);
    long dayKey = day + DAY_OFFSET;
    days.increment((place << 42) | (category << 22) | dayKey, 1);
    long slotKey = (place << 22) | dayKey;
    int slot = hourSlots.get(slotKey);
    if (slot < 0) {
      slot = slots++;
      hourSlots.put(slotKey, slot);
      if ((slot + 1) * 24 > hourCounts.length) {
        hourCounts = java.util.Arrays.copyOf(hourCounts, hourCounts.length * 2);
      }
    }
    hourCounts[slot * 24 + hour]++;
  }

  private int place(long id) {
    Integer index = placeIndex.get(id);
    if (index == null) {
      index = places++;
      placeIndex.put(id, index);
      if (index >= placeIds.length) {
        placeIds = java.util.Arrays.copyOf(placeIds, placeIds.length * 2);
      }
      placeIds[index] = id;
    }
    return index;
  }

  private int category(long id) {
    Integer index = categoryIndex.get(id);
    if (index == null) {
      index = categories++;
      categoryIndex.put(id, index);
      if (index >= categoryIds.length) {
        categoryIds = java.util.Arrays.copyOf(categoryIds, categoryIds.length * 2);
      }
      categoryIds[index] = id;
    }
    return index;
  }

  /** The place id of a key's place part, or null for "no named place". */
  Long placeOf(long key, int shift) {
    int index = (int) (key >>> shift) & 0xFFFFF;
    return index == 0 ? null : placeIds[index];
  }

  long categoryOf(long dayKey) {
    return categoryIds[(int) (dayKey >>> 22) & 0xFFFFF];
  }

  /** The local day (epoch day) of a key. */
  static long dayOf(long key) {
    return (key & ((1L << 22) - 1)) - DAY_OFFSET;
  }
}
