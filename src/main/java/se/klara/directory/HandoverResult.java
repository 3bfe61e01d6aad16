package se.klara.directory;

import java.util.List;

/** Who can take over now, and who comes on duty next among those who are not on now. */
public record HandoverResult(
    Situation situation, List<HandoverMatch> onDuty, List<HandoverMatch> comesNext) {}
