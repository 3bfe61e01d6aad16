package se.klara.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Small-count suppression for views across organisations. The unit is a line: counts whose total is
 * known, either shown beside them or elsewhere on the page (for example, how many observations of
 * each organisation reported drug dealing, and how many did in all).
 *
 * <p>Counts of 1 or 2 are shown as "&lt;3". A reader who knows this rule and sees the other counts
 * and the total must still find at least two values possible for every hidden count; where they
 * would not, more counts are hidden: first zeros (also shown as "&lt;3", which is true of them),
 * then the smallest count with room to vary (shown as "…"), and as a last resort the total.
 *
 * <p>Tables that break a count down two ways at once (gender × age band) are shown across
 * organisations as two lines, one per breakdown, so that no hidden cell sits at the crossing of two
 * sums.
 */
final class SmallCounts {
  /** Counts below this (and above zero) are hidden. */
  static final int THRESHOLD = 3;

  private SmallCounts() {}

  /** The line as the viewer sees it: suppressed, or exact for those who see exact counts. */
  static CountLine line(Viewer viewer, long... values) {
    if (!viewer.exact()) {
      return suppress(values);
    }
    return new CountLine(
        LongStream.of(values).mapToObj(ShownCount::exact).toList(),
        ShownCount.exact(LongStream.of(values).sum()));
  }

  static boolean isSmall(long value) {
    return value > 0 && value < THRESHOLD;
  }

  static CountLine suppress(long... values) {
    long sum = 0;
    List<ShownCount> cells = new ArrayList<>();
    for (long value : values) {
      if (value < 0) {
        throw new IllegalArgumentException("a count cannot be negative");
      }
      sum += value;
      ShownCount cell = ShownCount.exact(value);
      cells.add(isSmall(value) ? cell.hide() : cell);
    }
    ShownCount total = ShownCount.exact(sum);
    if (isSmall(sum)) {
      total = total.hide();
    }
    while (derivable(cells, total)) {
      int next = nextToHide(cells);
      if (next < 0) {
        total = total.hide();
        break;
      }
      cells.set(next, cells.get(next).hide());
    }
    return new CountLine(cells, total);
  }

  /**
   * Whether a reader could tell the exact value of a count shown as "&lt;3": with the total shown,
   * each must be able to take two values while the other hidden counts stay within what their marks
   * say ("&lt;3": 0–2; "…": 3 or more).
   */
  static boolean derivable(List<ShownCount> cells, ShownCount total) {
    if (total.hidden()) {
      return false;
    }
    long hiddenSum = total.value();
    for (ShownCount cell : cells) {
      if (!cell.hidden()) {
        hiddenSum -= cell.value();
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).visibility() != ShownCount.Visibility.UNDER_THRESHOLD) {
        continue;
      }
      long othersLow = 0;
      long othersHigh = 0;
      boolean othersUnbounded = false;
      for (int j = 0; j < cells.size(); j++) {
        ShownCount other = cells.get(j);
        if (j == i || !other.hidden()) {
          continue;
        }
        if (other.visibility() == ShownCount.Visibility.UNDER_THRESHOLD) {
          othersHigh += THRESHOLD - 1;
        } else {
          othersLow += THRESHOLD;
          othersUnbounded = true;
        }
      }
      int possible = 0;
      for (long v = 0; v < THRESHOLD; v++) {
        long rest = hiddenSum - v;
        if (rest >= othersLow && (othersUnbounded || rest <= othersHigh)) {
          possible++;
        }
      }
      if (possible < 2) {
        return true;
      }
    }
    return false;
  }

  /** The next count to hide: a zero, else the smallest above the threshold, else the smallest. */
  private static int nextToHide(List<ShownCount> cells) {
    int zero = -1;
    int roomy = -1;
    int any = -1;
    for (int i = 0; i < cells.size(); i++) {
      ShownCount cell = cells.get(i);
      if (cell.hidden()) {
        continue;
      }
      long v = cell.value();
      if (v == 0 && zero < 0) {
        zero = i;
      }
      if (v > THRESHOLD && (roomy < 0 || v < cells.get(roomy).value())) {
        roomy = i;
      }
      if (v > 0 && (any < 0 || v < cells.get(any).value())) {
        any = i;
      }
    }
    return zero >= 0 ? zero : roomy >= 0 ? roomy : any;
  }
}
