package se.klara.forums;

import java.util.List;
import se.klara.directory.Commitment;

/**
 * A forum's commitments from the collaboration agreement (directory) with the meeting data that
 * follows them up: the convenor's and the stand-in's with the meetings each chaired, and those of
 * the functions that attended, with how many of the held meetings they attended.
 */
public record CommitmentFollowUp(
    String forum,
    String convenor,
    List<Commitment> convenorCommitments,
    String standIn,
    List<Commitment> standInCommitments,
    ForumFollowUp.MeetingCounts counts,
    List<Participant> participants) {

  /** A function that attended the forum and what it committed to. */
  public record Participant(String unit, List<Commitment> commitments, int attended, int held) {}
}
