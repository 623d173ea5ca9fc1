package goodwill.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.RecordedEvents;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class IdempotencyKeyApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String ledger;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer opened = api.openLedger();
        ledgerId = opened.text("ledgerId");
        meId = opened.text("meId");
        ledger = "/api/ledgers/" + ledgerId;
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private String favor(int weight) {
        return """
                {"giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": %d, "asked": false,
                 "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(meId, weight);
    }

    private String contact(String displayName) {
        return """
                {"displayName": "%s"}""".formatted(displayName);
    }

    private String meeting(String kind) {
        return """
                {"kind": "%s", "attendeeIds": ["%s", "ana"], "occurredAt": "2024-02-20T08:30:00Z"}"""
                .formatted(kind, meId);
    }

    @Test
    void aFavorRetriedWithTheSameKeyAnswersTheSameIdAndRecordsNothingNew() {
        Answer first = api.post(ledger + "/favors", favor(3), key("retry-1"));
        long afterFirst = recorded.inLedger(ledgerId);

        Answer retry = api.post(ledger + "/favors", favor(3), key("retry-1"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(UUID.fromString(first.text("favorId"))).isNotNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("favorId")).isEqualTo(first.text("favorId"));
        assertThat(retry.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(afterFirst);
    }

    @Test
    void aFavorRetriedWithTheSameKeyButAnotherBodyIsAConflict() {
        api.post(ledger + "/favors", favor(3), key("retry-1"));
        long afterFirst = recorded.inLedger(ledgerId);

        api.post(ledger + "/favors", favor(4), key("retry-1")).isProblem(409, "id-conflict");

        assertThat(recorded.inLedger(ledgerId)).isEqualTo(afterFirst);
    }

    @Test
    void differentKeysRecordDifferentFavors() {
        Answer first = api.post(ledger + "/favors", favor(3), key("k-1"));
        Answer second = api.post(ledger + "/favors", favor(3), key("k-2"));

        assertThat(second.text("favorId")).isNotEqualTo(first.text("favorId"));
    }

    @Test
    void theSameKeyInAnotherLedgerRecordsAnotherFavor() {
        Answer other = api.openLedger();
        api.addContact(other.text("ledgerId"), "ana");
        Answer inOther = api.post("/api/ledgers/" + other.text("ledgerId") + "/favors", """
                {"giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": 3, "asked": false,
                 "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(other.text("meId")), key("k-1"));

        Answer here = api.post(ledger + "/favors", favor(3), key("k-1"));

        assertThat(here.status()).isEqualTo(201);
        assertThat(here.text("favorId")).isNotEqualTo(inOther.text("favorId"));
    }

    @Test
    void theBodysIdWinsOverTheKey() {
        Answer recordedFavor = api.post(ledger + "/favors", """
                {"favorId": "f1", "giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": 3,
                 "asked": false, "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(meId), key("k-1"));

        assertThat(recordedFavor.status()).isEqualTo(201);
        assertThat(recordedFavor.text("favorId")).isEqualTo("f1");
    }

    @Test
    void aContactRetriedWithTheSameKeyIsAddedOnce() {
        Answer first = api.post(ledger + "/contacts", contact("Cy"), key("add-cy"));
        long afterFirst = recorded.inLedger(ledgerId);

        Answer retry = api.post(ledger + "/contacts", contact("Cy"), key("add-cy"));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("contactId")).isEqualTo(first.text("contactId"));
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(afterFirst);
        api.post(ledger + "/contacts", contact("Dee"), key("add-cy")).isProblem(409, "id-conflict");
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(afterFirst);
    }

    @Test
    void aMeetingRetriedWithTheSameKeyIsRecordedOnce() {
        Answer first = api.post(ledger + "/meetings", meeting("COFFEE"), key("coffee"));
        long afterFirst = recorded.inLedger(ledgerId);

        Answer retry = api.post(ledger + "/meetings", meeting("COFFEE"), key("coffee"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("meetingId")).isEqualTo(first.text("meetingId"));
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(afterFirst);
        api.post(ledger + "/meetings", meeting("CALL"), key("coffee")).isProblem(409, "id-conflict");
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(afterFirst);
    }

    @Test
    void aLedgerOpenedAgainWithTheSameKeyIsTheSameLedger() {
        String key = "open-" + UUID.randomUUID();
        Answer first = api.post("/api/ledgers", """
                {"ownerName": "Bo Chen"}""", key(key));

        Answer retry = api.post("/api/ledgers", """
                {"ownerName": "Bo Chen"}""", key(key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("ledgerId")).isEqualTo(first.text("ledgerId"));
        assertThat(retry.text("meId")).isEqualTo(first.text("meId"));
        assertThat(recorded.sinceOpening(first.text("ledgerId"))).isEqualTo(0);
        api.post("/api/ledgers", """
                {"ownerName": "Cy Diaz"}""", key(key)).isProblem(409, "id-conflict");
        assertThat(recorded.sinceOpening(first.text("ledgerId"))).isEqualTo(0);
    }

    @Test
    void aMalformedKeyIsRefusedAndRecordsNothing() {
        long before = recorded.inLedger(ledgerId);

        Answer tooLong = api.post(ledger + "/favors", favor(3), key("k".repeat(256)));
        Answer withASpace = api.post(ledger + "/favors", favor(3), key("two words"));

        tooLong.isProblem(400, "invalid-header");
        assertThat(tooLong.text("detail")).contains("Idempotency-Key");
        withASpace.isProblem(400, "invalid-header");
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(before);
    }
}
