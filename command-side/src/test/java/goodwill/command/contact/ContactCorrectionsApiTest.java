package goodwill.command.contact;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Changing, archiving and merging contacts through the real app. */
@CommandSideTest
class ContactCorrectionsApiTest {

    private static final String LATER = "2024-02-01T09:00:00Z";

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String contacts;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        contacts = "/api/ledgers/" + ledgerId + "/contacts";
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    /** The events of this test's ledger after its opening and its two contacts. */
    private long recordedInLedger() {
        return recorded.sinceOpening(ledgerId) - 2;
    }

    private String favorWith(String contactId) {
        return """
                {"giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": 2, "asked": true,
                 "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(meId, contactId);
    }

    @Test
    void aContactsDetailsAreChanged() {
        Answer changed = api.post(contacts + "/ana/changes", """
                {"organization": "Initech", "tags": ["mentor"], "occurredAt": "%s"}""".formatted(LATER));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("contactId")).isEqualTo("ana");
        assertThat(recorded.payloadsOf(Ids.contact(ledgerId, "ana"))).last().isEqualTo(
                new ContactDetailsChanged(ledgerId, "ana", null, "Initech", null, null, List.of("mentor"), null,
                                          Instant.parse(LATER)));
    }

    @Test
    void theSameChangeAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(contacts + "/ana/changes", """
                {"organization": "Initech"}""");

        Answer again = api.post(contacts + "/ana/changes", """
                {"organization": "Initech"}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aBlankNameOrAMalformedEmailIsNamed() {
        Answer refused = api.post(contacts + "/ana/changes", """
                {"displayName": "  ", "email": "not an email"}""").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("displayName", "email");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownContactCannotBeChanged() {
        api.post(contacts + "/nobody/changes", """
                {"organization": "Initech"}""").isProblem(404, "unknown-contact");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aContactIsArchivedAndNoNewFavorMayNameThem() {
        Answer archived = api.post(contacts + "/ana/archival", """
                {"reason": "left the industry", "occurredAt": "%s"}""".formatted(LATER));

        assertThat(archived.status()).isEqualTo(200);
        assertThat(recorded.payloadsOf(Ids.contact(ledgerId, "ana"))).last().isEqualTo(
                new ContactArchived(ledgerId, "ana", "left the industry", Instant.parse(LATER)));
        Answer refused = api.post("/api/ledgers/" + ledgerId + "/favors", favorWith("ana"))
                            .isProblem(422, "archived-contact");
        assertThat(refused.errorFields()).containsExactly("receiverId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void archivingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(contacts + "/ana/archival", """
                {"reason": "left the industry"}""");

        Answer again = api.post(contacts + "/ana/archival", """
                {"reason": "left the industry"}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anArchivedContactCannotBeArchivedForAnotherReasonNorChanged() {
        api.post(contacts + "/ana/archival", "{}");

        api.post(contacts + "/ana/archival", """
                {"reason": "moved away"}""").isProblem(409, "already-archived");
        api.post(contacts + "/ana/changes", """
                {"organization": "Initech"}""").isProblem(409, "already-archived");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void meCannotBeArchived() {
        api.post(contacts + "/" + meId + "/archival", "{}").isProblem(422, "is-me");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownContactCannotBeArchived() {
        api.post(contacts + "/nobody/archival", "{}").isProblem(404, "unknown-contact");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aContactIsMergedIntoAnotherAndNoNewFavorMayNameThem() {
        Answer merged = api.post(contacts + "/ana/merge", """
                {"intoContactId": "bo", "occurredAt": "%s"}""".formatted(LATER));

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.text("contactId")).isEqualTo("ana");
        assertThat(merged.text("intoContactId")).isEqualTo("bo");
        assertThat(recorded.payloadsOf(Ids.contact(ledgerId, "ana"))).last().isEqualTo(
                new ContactsMerged(ledgerId, "bo", "ana", Instant.parse(LATER)));
        api.post("/api/ledgers/" + ledgerId + "/favors", favorWith("ana")).isProblem(422, "archived-contact");
        assertThat(api.post("/api/ledgers/" + ledgerId + "/favors", favorWith("bo")).status()).isEqualTo(201);
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void mergingIntoTheSameContactAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(contacts + "/ana/merge", """
                {"intoContactId": "bo"}""");

        Answer again = api.post(contacts + "/ana/merge", """
                {"intoContactId": "bo"}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aMergedContactCannotBeMergedIntoAnother() {
        api.addContact(ledgerId, "cy");
        api.post(contacts + "/ana/merge", """
                {"intoContactId": "bo"}""");

        api.post(contacts + "/ana/merge", """
                {"intoContactId": "cy"}""").isProblem(409, "already-merged");

        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aMergeNeedsTheContactToMergeInto() {
        Answer refused = api.post(contacts + "/ana/merge", "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("intoContactId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aContactCannotBeMergedIntoItself() {
        Answer refused = api.post(contacts + "/ana/merge", """
                {"intoContactId": "ana"}""").isProblem(422, "merge-into-itself");

        assertThat(refused.errorFields()).containsExactly("intoContactId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aContactCannotBeMergedIntoAnUnknownOne() {
        Answer refused = api.post(contacts + "/ana/merge", """
                {"intoContactId": "nobody"}""").isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("intoContactId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aContactCannotBeMergedIntoAnArchivedOne() {
        api.post(contacts + "/bo/archival", "{}");

        Answer refused = api.post(contacts + "/ana/merge", """
                {"intoContactId": "bo"}""").isProblem(422, "archived-contact");

        assertThat(refused.errorFields()).containsExactly("intoContactId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void meCannotBeMergedAway() {
        api.post(contacts + "/" + meId + "/merge", """
                {"intoContactId": "ana"}""").isProblem(422, "is-me");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownContactCannotBeMerged() {
        api.post(contacts + "/nobody/merge", """
                {"intoContactId": "ana"}""").isProblem(404, "unknown-contact");

        assertThat(recordedInLedger()).isZero();
    }
}
