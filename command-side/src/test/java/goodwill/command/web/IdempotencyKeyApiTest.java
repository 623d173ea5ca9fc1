package goodwill.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.LedgerFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@CommandSideTest
class IdempotencyKeyApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    /** A favor of advice from ana to me, of the weight and without an id. */
    private String favor(int weight) {
        return adviceFromAna(ledger.meId(), weight);
    }

    private static String adviceFromAna(String receiverId, int weight) {
        return """
                {"giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": %d, "asked": false,
                 "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(receiverId, weight);
    }

    /**
     * Sends the create twice under the key and asserts both were created, the retry as the first (by the id in the
     * field, and where it is), and that the retry recorded nothing. Answers the first.
     */
    private Answer createdOnceUnder(String key, String resource, String json, String idField) {
        Answer first = ledger.post(resource, json, key);
        long afterFirst = ledger.recordedSinceSetUp();

        Answer retry = ledger.post(resource, json, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text(idField)).isEqualTo(first.text(idField));
        assertThat(retry.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(afterFirst);
        return first;
    }

    private static String contact(String displayName) {
        return """
                {"displayName": "%s"}""".formatted(displayName);
    }

    private String meeting(String kind) {
        return """
                {"kind": "%s", "attendeeIds": ["%s", "ana"], "occurredAt": "2024-02-20T08:30:00Z"}"""
                .formatted(kind, ledger.meId());
    }

    private static String ownedBy(String ownerName) {
        return """
                {"ownerName": "%s"}""".formatted(ownerName);
    }

    @Test
    void aFavorRetriedWithTheSameKeyAnswersTheSameIdAndRecordsNothingNew() {
        Answer first = createdOnceUnder("retry-1", "/favors", favor(3), "favorId");

        assertThat(UUID.fromString(first.text("favorId"))).isNotNull();
    }

    @Test
    void aFavorRetriedWithTheSameKeyButAnotherBodyIsAConflict() {
        ledger.post("/favors", favor(3), "retry-1");

        ledger.refuses("/favors", favor(4), "retry-1", 409, "id-conflict");
    }

    @Test
    void differentKeysRecordDifferentFavors() {
        Answer first = ledger.post("/favors", favor(3), "k-1");
        Answer second = ledger.post("/favors", favor(3), "k-2");

        assertThat(second.text("favorId")).isNotEqualTo(first.text("favorId"));
    }

    @Test
    void theSameKeyInAnotherLedgerRecordsAnotherFavor() {
        LedgerFixture other = ledger.another("ana");
        Answer inOther = other.post("/favors", adviceFromAna(other.meId(), 3), "k-1");

        Answer here = ledger.post("/favors", favor(3), "k-1");

        assertThat(here.status()).isEqualTo(201);
        assertThat(here.text("favorId")).isNotEqualTo(inOther.text("favorId"));
    }

    @Test
    void theBodysIdWinsOverTheKey() {
        Answer recordedFavor = ledger.post("/favors", """
                {"favorId": "f1", "giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": 3,
                 "asked": false, "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(ledger.meId()), "k-1");

        assertThat(recordedFavor.status()).isEqualTo(201);
        assertThat(recordedFavor.text("favorId")).isEqualTo("f1");
    }

    @Test
    void aContactRetriedWithTheSameKeyIsAddedOnce() {
        createdOnceUnder("add-cy", "/contacts", contact("Cy"), "contactId");

        ledger.refuses("/contacts", contact("Dee"), "add-cy", 409, "id-conflict");
    }

    @Test
    void aMeetingRetriedWithTheSameKeyIsRecordedOnce() {
        createdOnceUnder("coffee", "/meetings", meeting("COFFEE"), "meetingId");

        ledger.refuses("/meetings", meeting("CALL"), "coffee", 409, "id-conflict");
    }

    @Test
    void aLedgerOpenedAgainWithTheSameKeyIsTheSameLedger() {
        Api api = ledger.api();
        String key = Api.freshIdempotencyKey();
        Answer first = api.post("/api/ledgers", ownedBy("Bo Chen"), key);

        Answer retry = api.post("/api/ledgers", ownedBy("Bo Chen"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("ledgerId")).isEqualTo(first.text("ledgerId"));
        assertThat(retry.text("meId")).isEqualTo(first.text("meId"));
        assertThat(ledger.recorded().sinceOpening(first.text("ledgerId"))).isEqualTo(0);
        api.post("/api/ledgers", ownedBy("Cy Diaz"), key).isProblem(409, "id-conflict");
        assertThat(ledger.recorded().sinceOpening(first.text("ledgerId"))).isEqualTo(0);
    }

    @Test
    void aMalformedKeyIsRefusedAndRecordsNothing() {
        Answer tooLong = ledger.refuses("/favors", favor(3), "k".repeat(256), 400, "invalid-header");
        ledger.refuses("/favors", favor(3), "two words", 400, "invalid-header");

        assertThat(tooLong.text("detail")).contains("Idempotency-Key");
    }
}
