package se.klara.directory;

/** A commitment made in the collaboration agreement: what, who answers for it, how followed up. */
public record Commitment(String text, String owner, String followUp) {
  public Commitment {
    if (text == null || text.isBlank()) {
      throw new DirectoryException("commitments", "commitment.text.blank");
    }
    text = text.strip();
    owner = owner == null ? "" : owner.strip();
    followUp = followUp == null ? "" : followUp.strip();
  }
}
