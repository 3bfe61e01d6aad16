package se.klara.directory;

/**
 * How to reach a unit at work: function numbers and addresses only, never a person's own. {@code
 * handover} says how to hand over ("call the duty phone, meet at the shared premises").
 */
public record ContactPaths(
    String phone, String email, String radioTalkGroup, String receptionHours, String handover) {

  public ContactPaths {
    phone = blankToNull(phone);
    email = blankToNull(email);
    radioTalkGroup = blankToNull(radioTalkGroup);
    receptionHours = blankToNull(receptionHours);
    handover = handover == null ? "" : handover.strip();
    if (phone != null && !phone.matches("\\+?[0-9 ()-]{3,30}")) {
      throw new DirectoryException("phone", "contact.phone.invalid");
    }
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new DirectoryException("email", "contact.email.invalid");
    }
  }

  /** The number as a {@code tel:} URI, without spaces and dashes. */
  public String phoneUri() {
    return phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
