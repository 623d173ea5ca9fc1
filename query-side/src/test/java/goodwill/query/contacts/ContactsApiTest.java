package goodwill.query.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The contacts directory end to end: events appended to the event store, as the command side would, are folded
 * by the tracking processor and read back over HTTP as JSON and CSV.
 */
@QuerySideTest
class ContactsApiTest extends EndToEndTest {

    private ContactAdded contact(String contactId, String displayName) {
        return new ContactAdded(ledgerId, contactId, displayName, "Acme", null, null, List.of("work", "tech"), null,
                                FEBRUARY);
    }

    private FavorRecorded favor(String favorId, String giverId, String receiverId, Instant occurredAt) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.REFERRAL, 2, true, occurredAt,
                                 null, null, null);
    }

    private String contacts(String query) {
        return ledgerPath("/contacts" + query);
    }

    /** Waits until the projection has caught up as far as the contact's last interaction shows. */
    private JsonNode awaitDirectory(String query, String contactId, String lastInteractionAt) {
        readModels.awaitCaughtUp(ContactsProjection.PROCESSING_GROUP);
        return api.awaitJson(contacts(query), directory -> directory.path("contacts").findParents("contactId").stream()
                .anyMatch(c -> c.path("contactId").asText().equals(contactId)
                        && c.path("lastInteractionAt").asText("").equals(lastInteractionAt)));
    }

    /** Me and Bo Chen, whom me did a favor in March, once the directory shows it. */
    private void awaitBoWithAFavorInMarch() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
                          favor("f1", "me", "bo", MARCH));
        awaitDirectory("", "bo", "2024-03-01T10:00:00Z");
    }

    @Test
    void theDirectoryListsLiveContactsMeIncludedByDisplayName() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED),
                          contact("zed", "Zed Ward"), contact("bo", "bo Chen"), contact("cy", "Cy Diaz"),
                          new ContactDetailsChanged(ledgerId, "cy", "Carla Diaz", null, "CTO", null, null, null, MARCH),
                          favor("f1", "me", "bo", MARCH),
                          new MeetingRecorded(ledgerId, "m1", MeetingKind.COFFEE, List.of("me", "bo"), APRIL, null,
                                              "Lisbon", null, null));

        JsonNode directory = awaitDirectory("", "bo", "2024-04-01T10:00:00Z");

        assertThat(directory.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(directory.path("meId").asText()).isEqualTo("me");
        assertThat(directory.path("contacts").findValuesAsText("displayName"))
                .containsExactly("Ana Lopez", "bo Chen", "Carla Diaz", "Zed Ward");
        JsonNode me = directory.path("contacts").get(0);
        assertThat(me.path("me").asBoolean()).isTrue();
        assertThat(me.path("addedAt").asText()).isEqualTo("2024-01-01T00:00:00Z");
        JsonNode carla = directory.path("contacts").get(2);
        assertThat(carla.path("role").asText()).isEqualTo("CTO");
        assertThat(carla.path("addedAt").asText()).isEqualTo("2024-02-01T10:00:00Z");
        assertThat(carla.path("tags")).extracting(JsonNode::asText).containsExactly("work", "tech");
        assertThat(carla.path("lastInteractionAt").isNull()).isTrue();
    }

    @Test
    void archivedMergedAndForgottenContactsAreEachListedOnlyWhenAskedFor() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED),
                          contact("bo", "Bo Chen"), contact("cy", "Cy Diaz"), contact("di", "Di Evans"),
                          contact("ev", "Ev Fox"), favor("f1", "me", "di", MARCH),
                          new ContactArchived(ledgerId, "cy", "moved away", MARCH),
                          new ContactsMerged(ledgerId, "bo", "di", APRIL),
                          new ContactForgotten(ledgerId, "ev", "asked by email", APRIL));

        JsonNode live = awaitDirectory("", "bo", "2024-03-01T10:00:00Z");
        assertThat(live.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo");

        JsonNode withArchived = api.get(contacts("?includeArchived=true"), MediaType.APPLICATION_JSON).json();
        assertThat(withArchived.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo", "cy");
        assertThat(withArchived.path("contacts").get(2).path("archivedAt").asText()).isEqualTo("2024-03-01T10:00:00Z");

        JsonNode withMerged = api.get(contacts("?includeMerged=true"), MediaType.APPLICATION_JSON).json();
        assertThat(withMerged.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo", "di");
        assertThat(withMerged.path("contacts").get(2).path("mergedInto").asText()).isEqualTo("bo");

        JsonNode withForgotten = api.get(contacts("?includeForgotten=true"), MediaType.APPLICATION_JSON).json();
        assertThat(withForgotten.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo", "ev");
        assertThat(withForgotten.path("contacts").get(2).path("forgotten").asBoolean()).isTrue();
        assertThat(withForgotten.path("contacts").get(2).path("forgottenAt").asText())
                .isEqualTo("2024-04-01T10:00:00Z");
        assertThat(withForgotten.path("contacts").get(1).path("forgotten").asBoolean()).isFalse();
    }

    @Test
    void aRetractedFavorNoLongerCountsAsAnInteraction() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
                          favor("f1", "me", "bo", MARCH), favor("f2", "bo", "me", APRIL),
                          new FavorRetracted(ledgerId, "f2", "never happened", APRIL));

        awaitDirectory("", "bo", "2024-03-01T10:00:00Z");
    }

    @Test
    void theDirectoryAsCsvHasAHeaderRowAndOneRowPerContact() {
        awaitBoWithAFavorInMarch();

        HttpAnswer csv = api.get(contacts(""), HttpAnswer.CSV);

        csv.isCsv("ledgerId,contactId,displayName,organization,role,email,tags,howWeMet,me,addedAt,archived,archivedAt,"
                + "mergedInto,lastInteractionAt,phone,url,forgotten,forgottenAt");
        List<Map<String, String>> rows = csv.csvRows();
        assertThat(rows).extracting(row -> row.get("contactId")).containsExactly("me", "bo");
        assertThat(rows.get(0)).containsEntry("ledgerId", ledgerId).containsEntry("displayName", "Ana Lopez")
                               .containsEntry("me", "true").containsEntry("addedAt", "2024-01-01T00:00:00Z")
                               .containsEntry("lastInteractionAt", "2024-03-01T10:00:00Z");
        assertThat(rows.get(1)).containsEntry("displayName", "Bo Chen").containsEntry("organization", "Acme")
                               .containsEntry("tags", "work;tech").containsEntry("archived", "false")
                               .containsEntry("mergedInto", "").containsEntry("addedAt", "2024-02-01T10:00:00Z");
    }

    @Test
    void theDirectoryAsVCardsHasOneVersion4CardPerContactThatReadsBackTheSame() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED),
                          new ContactAdded(ledgerId, "bo", "Chen, Bo", "Acme; Labs", "CTO", "bo@example.org",
                                           List.of("client", "mentor"), "met at a meetup,\nthen coffee", FEBRUARY,
                                           "+1 555 0100", "https://example.org/bo"));
        awaitDirectory("", "bo", "");

        HttpAnswer answer = api.get(contacts(""), new MediaType("text", "vcard"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType().isCompatibleWith(new MediaType("text", "vcard"))).isTrue();
        List<VCard> cards = Ezvcard.parse(answer.body()).all();
        assertThat(cards).hasSize(2);
        assertThat(cards).allSatisfy(card -> assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0));
        VCard bo = cards.get(1);
        assertThat(bo.getUid().getValue()).isEqualTo("urn:goodwill:" + ledgerId + ":bo");
        assertThat(bo.getFormattedName().getValue()).isEqualTo("Chen, Bo");
        assertThat(bo.getOrganization().getValues()).containsExactly("Acme; Labs");
        assertThat(bo.getTitles().get(0).getValue()).isEqualTo("CTO");
        assertThat(bo.getEmails().get(0).getValue()).isEqualTo("bo@example.org");
        assertThat(bo.getCategories().getValues()).containsExactly("client", "mentor");
        assertThat(bo.getNotes().get(0).getValue()).isEqualTo("met at a meetup,\nthen coffee");
        assertThat(bo.getTelephoneNumbers().get(0).getText()).isEqualTo("+1 555 0100");
        assertThat(bo.getUrls().get(0).getValue()).isEqualTo("https://example.org/bo");
        assertThat(cards.get(0).getFormattedName().getValue()).isEqualTo("Ana Lopez");
    }

    @Test
    void anUnknownLedgerIsNotFoundAsAProblemWhenVCardsAreAskedFor() {
        api.get(contacts(""), new MediaType("text", "vcard")).isProblem(404, "unknown-ledger");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        awaitBoWithAFavorInMarch();

        HttpAnswer anything = api.get(contacts(""), MediaType.ALL);

        anything.isJson();
        assertThat(anything.json().path("contacts").size()).isEqualTo(2);
    }

    @Test
    void anUnknownLedgerIsNotFoundAsJsonAndAsCsv() {
        api.getAsJsonAndCsv(contacts("")).forEach(answer -> answer.isProblem(404, "unknown-ledger"));
    }

    @Test
    void aFlagThatIsNotABooleanIsABadRequest() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED));
        api.get(contacts("?includeArchived=maybe"), MediaType.APPLICATION_JSON).isProblem(400);
        api.get(contacts("?includeForgotten=yes-please"), MediaType.APPLICATION_JSON).isProblem(400);
    }

    @Test
    void replayingTheProjectionRebuildsTheSameDirectory() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
                          contact("cy", "Cy Diaz"), favor("f1", "me", "cy", APRIL), favor("f2", "me", "bo", MARCH),
                          new ContactsMerged(ledgerId, "bo", "cy", APRIL));
        JsonNode before = awaitDirectory("?includeMerged=true", "bo", "2024-04-01T10:00:00Z");

        readModels.replay(ContactsProjection.PROCESSING_GROUP);

        assertThat(awaitDirectory("?includeMerged=true", "bo", "2024-04-01T10:00:00Z")).isEqualTo(before);
    }
}
