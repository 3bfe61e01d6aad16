package se.klara.incidents;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import se.klara.shared.DateRange;

/**
 * The rollup counts of one import, counted while its rows stream past: per place, category and
 * local day, and per place, local day and hour. Memory grows with the distinct places, categories
 * and days of the file (ten years of 50 places and 20 categories: 2.5 million day counts, about 100
 * MB), never with its rows, and is capped: past {@link #DEFAULT_LIMIT} day counts (or a sixth as
 * many place-days) counting stops and {@link Rollups} rolls the import up from its stored rows
 * instead, slower but in constant memory.
 */
final class RollupCounts {
  /** The most day counts kept in memory by default (about 100 MB). */
  static final int DEFAULT_LIMIT = 3_000_000;

  /** Days are stored from this offset so that every key is non-negative (22 bits). */
  private static final long DAY_OFFSET = 1L << 21;

  private static final ZoneRules ZONE = DateRange.ZONE.getRules();

  /** Index 0 is "no named place". */
  private final DenseIds places = new DenseIds(1);

  private final DenseIds categories = new DenseIds(0);

  /** (place, category, day) → count. */
  LongIntCounter days = new LongIntCounter(1 << 12);

  /** (place, category, day) → count of the incidents without a point (same keys as days). */
  LongIntCounter unlocated = new LongIntCounter(1 << 10);

  /** (place, day) → a slot of 24 hour counts in {@link #hourCounts}. */
  LongIntCounter hourSlots = new LongIntCounter(1 << 10);

  int[] hourCounts = new int[24 * 1024];
  int slots;

  /** (category, day) → a slot of 24 hour counts in {@link #categoryHourCounts}. */
  LongIntCounter categoryHourSlots = new LongIntCounter(1 << 10);

  int[] categoryHourCounts = new int[24 * 1024];
  int categorySlots;

  private final int limit;
  private boolean overflowed;

  RollupCounts(int limit) {
    this.limit = limit;
  }

  /** Whether there were too many distinct counts to keep: the rollups must come from the rows. */
  boolean overflowed() {
    return overflowed;
  }

  /** Counts one incident; {@code located}: whether it has a point (a cell of the cell rollup). */
  void add(Long placeId, long categoryId, Instant occurred, boolean located) {
    if (overflowed) {
      return;
    }
    if (days.size() >= limit || slots >= limit / 6 || categorySlots >= limit / 6) {
      overflowed = true;
      days = new LongIntCounter(16);
      unlocated = new LongIntCounter(16);
      hourSlots = new LongIntCounter(16);
      hourCounts = new int[0];
      categoryHourSlots = new LongIntCounter(16);
      categoryHourCounts = new int[0];
      return;
    }
    long seconds = occurred.getEpochSecond() + ZONE.getOffset(occurred).getTotalSeconds();
    long day = Math.floorDiv(seconds, 86_400L);
    int hour = (int) (Math.floorMod(seconds, 86_400L) / 3600);
    long place = placeId == null ? 0 : places.indexOf(placeId);
    long category = categories.indexOf(categoryId);
    long dayKey = day + DAY_OFFSET;
    days.increment((place << 42) | (category << 22) | dayKey, 1);
    if (!located) {
      unlocated.increment((place << 42) | (category << 22) | dayKey, 1);
    }
    long slotKey = (place << 22) | dayKey;
    int slot = hourSlots.get(slotKey);
    if (slot < 0) {
      slot = slots++;
      hourSlots.put(slotKey, slot);
      if ((slot + 1) * 24 > hourCounts.length) {
        hourCounts = Arrays.copyOf(hourCounts, hourCounts.length * 2);
      }
    }
    hourCounts[slot * 24 + hour]++;
    long categoryKey = (category << 22) | dayKey;
    int categorySlot = categoryHourSlots.get(categoryKey);
    if (categorySlot < 0) {
      categorySlot = categorySlots++;
      categoryHourSlots.put(categoryKey, categorySlot);
      if ((categorySlot + 1) * 24 > categoryHourCounts.length) {
        categoryHourCounts = Arrays.copyOf(categoryHourCounts, categoryHourCounts.length * 2);
      }
    }
    categoryHourCounts[categorySlot * 24 + hour]++;
  }

  /** The local day (epoch day in Europe/Stockholm) of an instant. */
  static long localDay(Instant instant) {
    return Math.floorDiv(
        instant.getEpochSecond() + ZONE.getOffset(instant).getTotalSeconds(), 86_400L);
  }

  /** The place id of a key's place part, or null for "no named place". */
  Long placeOf(long key, int shift) {
    int index = (int) (key >>> shift) & 0xFFFFF;
    return index == 0 ? null : places.idAt(index);
  }

  long categoryOf(long dayKey) {
    return categories.idAt((int) (dayKey >>> 22) & 0xFFFFF);
  }

  /** The local day (epoch day) of a key. */
  static long dayOf(long key) {
    return (key & ((1L << 22) - 1)) - DAY_OFFSET;
  }

  /** Small dense indexes for database ids, so that keys pack into a long. */
  private static final class DenseIds {
    private final Map<Long, Integer> index = new HashMap<>();
    private long[] ids = new long[16];
    private int next;

    DenseIds(int first) {
      next = first;
    }

    int indexOf(long id) {
      Integer found = index.get(id);
      if (found != null) {
        return found;
      }
      int assigned = next++;
      index.put(id, assigned);
      if (assigned >= ids.length) {
        ids = Arrays.copyOf(ids, ids.length * 2);
      }
      ids[assigned] = id;
      return assigned;
    }

    long idAt(int i) {
      return ids[i];
    }
  }
}
