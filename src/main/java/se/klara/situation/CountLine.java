package se.klara.situation;

import java.util.List;

/** Counts that add up to a total (one per organisation, gender or age band), as shown. */
public record CountLine(List<ShownCount> cells, ShownCount total) {
  public CountLine {
    cells = List.copyOf(cells);
  }
}
