package se.klara.directory;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import org.junit.jupiter.api.Test;
import se.klara.support.IntegrationTest;
import se.klara.support.WebSession;

/** Each directory entry downloads as a vCard with its work contact paths. */
class VcardTests extends IntegrationTest {

  @Test
  void anEntryDownloadsAsAVcardWithItsNameOrganisationPhoneAndHandover() {
    WebSession.Response response =
        signedInAs("field").get("/areas/klara/directory/ungdomsjouren/vcard");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type").orElseThrow())
        .isEqualToIgnoringCase("text/vcard;charset=UTF-8");
    assertThat(response.header("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"ungdomsjouren.vcf\"");
    VCard card = Ezvcard.parse(response.body()).first();
    assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
    assertThat(card.getFormattedName().getValue()).isEqualTo("Ungdomsjouren");
    assertThat(card.getOrganization().getValues())
        .containsExactly("Socialförvaltningen, Stockholms stad");
    assertThat(card.getTelephoneNumbers()).hasSize(1);
    assertThat(card.getTelephoneNumbers().get(0).getText()).isEqualTo("070-174 06 10");
    assertThat(card.getEmails().get(0).getValue()).isEqualTo("ungdomsjouren@example.org");
    assertThat(card.getNotes().get(0).getValue()).startsWith("Ring jourtelefonen");
  }

  @Test
  void anUnknownEntryOrAnotherAreasEntryAnswersNotFound() {
    WebSession field = signedInAs("field");

    assertThat(field.get("/areas/klara/directory/no-such-unit/vcard").status()).isEqualTo(404);
    assertThat(field.get("/areas/liljeholmen/directory/ungdomsjouren/vcard").status())
        .isEqualTo(404);
  }
}
