package se.klara.incidents;

/**
 * A map from non-negative long keys to int values with open addressing: the rollup counts of an
 * import need millions of entries, which boxed maps would hold in ten times the memory.
 */
final class LongIntCounter {
  /** Keys are stored plus one: zero marks an empty slot. */
  private long[] keys;

  private int[] values;
  private int size;

  LongIntCounter(int capacity) {
    int slots = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
    keys = new long[slots];
    values = new int[slots];
  }

  int size() {
    return size;
  }

  void increment(long key, int by) {
    set(key, by, true);
  }

  void put(long key, int value) {
    set(key, value, false);
  }

  private void set(long key, int value, boolean add) {
    int slot = slot(key);
    if (keys[slot] != 0) {
      values[slot] = add ? values[slot] + value : value;
      return;
    }
    keys[slot] = key + 1;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /** The value of a key, or -1 when it has none. */
  int get(long key) {
    int slot = slot(key);
    return keys[slot] == 0 ? -1 : values[slot];
  }

  /** Calls the visitor for every entry, in no particular order. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        visitor.visit(keys[i] - 1, values[i]);
      }
    }
  }

  /** What {@link #forEach} calls. */
  interface Visitor {
    void visit(long key, int value);
  }

  private int slot(long key) {
    if (key < 0) {
      throw new IllegalArgumentException("keys are not negative");
    }
    long stored = key + 1;
    int mask = keys.length - 1;
    int slot = (int) mix(stored) & mask;
    while (keys[slot] != 0 && keys[slot] != stored) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i] - 1, oldValues[i]);
      }
    }
  }
}
