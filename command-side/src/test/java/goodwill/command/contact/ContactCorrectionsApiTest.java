package goodwill.command.contact;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.ContactArchived;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changing, archiving and merging contacts through the real app. */
@CommandSideTest
class ContactCorrectionsApiTest {

    private static final String LATER = "2024-02-01T09:00:00Z";
    private static final String TO_INITECH = """
            {"organization": "Initech"}""";
    private static final String LEFT = """
            {"reason": "left the industry"}""";

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    private String favorWith(String contactId) {
        return """
                {"giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": 2, "asked": true,
                 "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(ledger.meId(), contactId);
    }

    private static String into(String contactId) {
        return """
                {"intoContactId": "%s"}""".formatted(contactId);
    }

    @Test
    void aContactsDetailsAreChanged() {
        Answer changed = ledger.post("/contacts/ana/changes", """
                {"organization": "Initech", "tags": ["mentor"], "occurredAt": "%s"}""".formatted(LATER));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("contactId")).isEqualTo("ana");
        assertThat(ledger.eventsOf(Ids::contact, "ana")).last().isEqualTo(
                new ContactDetailsChanged(ledger.id(), "ana", null, "Initech", null, null, List.of("mentor"), null,
                                          Instant.parse(LATER)));
    }

    @Test
    void theSameChangeAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/contacts/ana/changes", TO_INITECH, 200);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aBlankNameOrAMalformedEmailIsNamed() {
        ledger.refuses("/contacts/ana/changes", """
                {"displayName": "  ", "email": "not an email"}""", 400, "invalid-request")
              .naming("displayName", "email");
    }

    @Test
    void anUnknownContactCannotBeChanged() {
        ledger.refuses("/contacts/nobody/changes", TO_INITECH, 404, "unknown-contact");
    }

    @Test
    void aContactIsArchivedAndNoNewFavorMayNameThem() {
        Answer archived = ledger.post("/contacts/ana/archival", """
                {"reason": "left the industry", "occurredAt": "%s"}""".formatted(LATER));

        assertThat(archived.status()).isEqualTo(200);
        assertThat(ledger.eventsOf(Ids::contact, "ana")).last().isEqualTo(
                new ContactArchived(ledger.id(), "ana", "left the industry", Instant.parse(LATER)));
        ledger.refuses("/favors", favorWith("ana"), 422, "archived-contact").naming("receiverId");
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void archivingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/contacts/ana/archival", LEFT, 200);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void anArchivedContactCannotBeArchivedForAnotherReasonNorChanged() {
        ledger.posted("/contacts/ana/archival", "{}", 200);

        ledger.refuses("/contacts/ana/archival", """
                {"reason": "moved away"}""", 409, "already-archived");
        ledger.refuses("/contacts/ana/changes", TO_INITECH, 409, "already-archived");
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void meCannotBeArchived() {
        ledger.refuses("/contacts/" + ledger.meId() + "/archival", "{}", 422, "is-me");
    }

    @Test
    void anUnknownContactCannotBeArchived() {
        ledger.refuses("/contacts/nobody/archival", "{}", 404, "unknown-contact");
    }

    @Test
    void aContactIsForgottenAndNothingMoreIsRecordedAboutThem() {
        Answer forgotten = ledger.post("/contacts/ana/forgetting", """
                {"reason": "asked by email"}""");

        assertThat(forgotten.status()).isEqualTo(200);
        assertThat(forgotten.text("contactId")).isEqualTo("ana");
        assertThat(ledger.eventsOf(Ids::contact, "ana")).last()
                .isEqualTo(new ContactForgotten(ledger.id(), "ana", "asked by email",
                                                ((ContactForgotten) ledger.eventsOf(Ids::contact, "ana").get(1))
                                                        .occurredAt()));
        ledger.refuses("/favors", favorWith("ana"), 422, "archived-contact").naming("receiverId");
        ledger.refuses("/contacts/ana/forgetting", "{}", 409, "contact-forgotten");
        ledger.refuses("/contacts/ana/changes", TO_INITECH, 409, "contact-forgotten");
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aForgettingIsRefusedForMeAnUnknownContactAReasonNamingThemOrTooLongAndNothingIsRecorded() {
        ledger.refuses("/contacts/" + ledger.meId() + "/forgetting", "{}", 422, "is-me");
        ledger.refuses("/contacts/nobody/forgetting", "{}", 404, "unknown-contact");
        ledger.refuses("/contacts/ana/forgetting", """
                {"reason": "Ana asked"}""", 422, "reason-names-the-person").naming("reason");
        ledger.refuses("/contacts/ana/forgetting", "{\"reason\": \"%s\"}".formatted("x".repeat(2001)), 400,
                       "invalid-request").naming("reason");
        assertThat(ledger.recordedSinceSetUp()).isZero();
    }

    @Test
    void aContactIsMergedIntoAnotherAndNoNewFavorMayNameThem() {
        Answer merged = ledger.post("/contacts/ana/merge", """
                {"intoContactId": "bo", "occurredAt": "%s"}""".formatted(LATER));

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.text("contactId")).isEqualTo("ana");
        assertThat(merged.text("intoContactId")).isEqualTo("bo");
        assertThat(ledger.eventsOf(Ids::contact, "ana")).last().isEqualTo(
                new ContactsMerged(ledger.id(), "bo", "ana", Instant.parse(LATER)));
        ledger.refuses("/favors", favorWith("ana"), 422, "archived-contact");
        ledger.created("/favors", favorWith("bo"));
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void mergingIntoTheSameContactAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/contacts/ana/merge", into("bo"), 200);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aMergedContactCannotBeMergedIntoAnother() {
        ledger.addContact("cy");
        ledger.posted("/contacts/ana/merge", into("bo"), 200);

        ledger.refuses("/contacts/ana/merge", into("cy"), 409, "already-merged");
    }

    @Test
    void aMergeNeedsTheContactToMergeInto() {
        ledger.refuses("/contacts/ana/merge", "{}", 400, "invalid-request").naming("intoContactId");
    }

    @Test
    void aContactCannotBeMergedIntoItself() {
        ledger.refuses("/contacts/ana/merge", into("ana"), 422, "merge-into-itself").naming("intoContactId");
    }

    @Test
    void aContactCannotBeMergedIntoAnUnknownOne() {
        ledger.refuses("/contacts/ana/merge", into("nobody"), 422, "unknown-contact").naming("intoContactId");
    }

    @Test
    void aContactCannotBeMergedIntoAnArchivedOne() {
        ledger.posted("/contacts/bo/archival", "{}", 200);

        ledger.refuses("/contacts/ana/merge", into("bo"), 422, "archived-contact").naming("intoContactId");
    }

    @Test
    void meCannotBeMergedAway() {
        ledger.refuses("/contacts/" + ledger.meId() + "/merge", into("ana"), 422, "is-me");
    }

    @Test
    void anUnknownContactCannotBeMerged() {
        ledger.refuses("/contacts/nobody/merge", into("ana"), 404, "unknown-contact");
    }
}
