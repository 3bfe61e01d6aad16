package se.klara.directory;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Kind;
import java.nio.charset.StandardCharsets;

/**
 * A directory entry as a vCard 4.0 (RFC 6350) for a phone's contacts: the function's name, its
 * organisation and its work contact paths only, never a person's.
 */
final class VcardWriter {
  private VcardWriter() {}

  static byte[] write(Unit unit) {
    VCard card = new VCard(VCardVersion.V4_0);
    card.setKind(Kind.org());
    card.setFormattedName(unit.name());
    card.setOrganization(unit.organisation().name());
    ContactPaths contact = unit.contact();
    if (contact.phone() != null) {
      card.addTelephoneNumber(contact.phone(), TelephoneType.WORK, TelephoneType.VOICE);
    }
    if (contact.email() != null) {
      card.addEmail(contact.email(), EmailType.WORK);
    }
    if (!contact.handover().isEmpty()) {
      card.addNote(contact.handover());
    }
    String text = Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
