package se.klara.situation;

import java.util.List;

/**
 * People counted in observations by gender and age band. Exact viewers get the cross table ({@code
 * cells}: a row per gender, a column per age band); everyone else gets the two breakdowns as
 * separate suppressed lines, so no hidden cell sits at the crossing of two sums.
 */
public record PeopleTable(
    List<String> genders,
    List<String> ageBands,
    List<List<Long>> cells,
    CountLine byGender,
    CountLine byAgeBand) {
  public boolean cross() {
    return cells != null;
  }

  public boolean empty() {
    return byGender.total().value() == 0;
  }
}
