package se.klara.forums;

import java.util.List;
import se.klara.directory.Commitment;

/**
 * A forum's convenor and stand-in commitments from the collaboration agreement (directory), with
 * the meeting numbers that follow them up.
 */
public record CommitmentFollowUp(
    String forum,
    String convenor,
    List<Commitment> convenorCommitments,
    String standIn,
    List<Commitment> standInCommitments,
    ForumFollowUp.MeetingCounts counts) {}
