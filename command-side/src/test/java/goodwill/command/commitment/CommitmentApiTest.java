package goodwill.command.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class CommitmentApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String commitments;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        commitments = "/api/ledgers/" + ledgerId + "/commitments";
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    /** The events of this test's ledger: its opening and its two contacts. */
    private long recordedInLedger() {
        return recorded.sinceOpening(ledgerId) - 2;
    }

    private String commitment(String commitmentId, String promiserId, String promiseeId) {
        return """
                {"commitmentId": "%s", "promiserId": "%s", "promiseeId": "%s", "what": "introduce Ana to Bo",
                 "occurredAt": "2024-02-20T15:00:00Z", "dueOn": "2024-02-28"}"""
                .formatted(commitmentId, promiserId, promiseeId);
    }

    private static String resolution(String status) {
        return """
                {"status": "%s", "occurredAt": "2024-02-27T09:00:00Z"}""".formatted(status);
    }

    /** Makes commitment c1 of me to ana and answers the path of its resolution. */
    private String madeCommitment() {
        Answer made = api.post(commitments, commitment("c1", meId, "ana"));
        assertThat(made.status()).isEqualTo(201);
        return commitments + "/c1/resolution";
    }

    @Test
    void aCommitmentIsMadeWithItsLocation() {
        Answer made = api.post(commitments, commitment("c1", meId, "ana"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("commitmentId")).isEqualTo("c1");
        assertThat(made.headers().getLocation()).hasPath(commitments + "/c1");
        assertThat(recorded.payloadsOf(Ids.commitment(ledgerId, "c1")))
                .containsExactly(new CommitmentMade(ledgerId, "c1", meId, "ana", "introduce Ana to Bo",
                                                    LocalDate.parse("2024-02-28"),
                                                    Instant.parse("2024-02-20T15:00:00Z")));
    }

    @Test
    void aCommitmentWithoutAnIdGetsAUuid() {
        Answer made = api.post(commitments, """
                {"promiserId": "ana", "promiseeId": "bo", "what": "send the deck", "occurredAt": "2024-02-20T15:00:00Z"}""");

        assertThat(made.status()).isEqualTo(201);
        assertThat(UUID.fromString(made.text("commitmentId"))).isNotNull();
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void makingTheSameCommitmentAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(commitments, commitment("c1", meId, "ana"));

        Answer again = api.post(commitments, commitment("c1", meId, "ana"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aCommitmentIdInUseForAnotherCommitmentIsAConflict() {
        api.post(commitments, commitment("c1", meId, "ana"));

        api.post(commitments, commitment("c1", "ana", meId)).isProblem(409, "id-conflict");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void everyMissingRequiredFieldOfACommitmentIsNamed() {
        Answer refused = api.post(commitments, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("occurredAt", "promiseeId", "promiserId", "what");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aDueDayThatIsNotADateIsNamed() {
        Answer refused = api.post(commitments, commitment("c1", meId, "ana").replace("2024-02-28", "next week"))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("dueOn")).isEqualTo("must be an ISO-8601 date such as 2024-03-01");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aPromiseTooLongIsNamed() {
        Answer refused = api.post(commitments, commitment("c1", meId, "ana")
                                    .replace("introduce Ana to Bo", "x".repeat(501)))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("what");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aPromiseToOneselfIsRefused() {
        Answer refused = api.post(commitments, commitment("c1", "ana", "ana")).isProblem(422, "not-distinct");

        assertThat(refused.errorFields()).containsExactly("promiseeId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownPromiserIsNamed() {
        Answer refused = api.post(commitments, commitment("c1", "stranger", "ana")).isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("promiserId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aPromiseDueBeforeItWasMadeIsRefused() {
        Answer refused = api.post(commitments, commitment("c1", meId, "ana").replace("2024-02-28", "2024-02-01"))
                            .isProblem(422, "out-of-order");

        assertThat(refused.errorFields()).containsExactly("dueOn");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aCommitmentCannotHaveBeenMadeInTheFuture() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(commitments, commitment("c1", meId, "ana").replace("2024-02-20T15:00:00Z", tomorrow)
                                                            .replace("\"dueOn\": \"2024-02-28\"", "\"dueOn\": null"))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aCommitmentCannotBeMadeInAnUnknownLedger() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/commitments", commitment("c1", meId, "ana"))
           .isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void aCommitmentIsResolvedWithTheResolutionsLocation() {
        String resolution = madeCommitment();
        api.post("/api/ledgers/" + ledgerId + "/favors", """
                {"favorId": "intro", "giverId": "%s", "receiverId": "ana", "kind": "INTRODUCTION", "weight": 3,
                 "asked": true, "occurredAt": "2024-02-26T15:00:00Z"}""".formatted(meId));

        Answer resolved = api.post(resolution, """
                {"status": "KEPT", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "intro"}""");

        assertThat(resolved.status()).isEqualTo(201);
        assertThat(resolved.text("commitmentId")).isEqualTo("c1");
        assertThat(resolved.text("status")).isEqualTo("KEPT");
        assertThat(resolved.headers().getLocation()).hasPath(resolution);
        assertThat(recorded.payloadsOf(Ids.commitment(ledgerId, "c1")))
                .last()
                .isEqualTo(new CommitmentKept(ledgerId, "c1", "intro", Instant.parse("2024-02-27T09:00:00Z")));
    }

    @Test
    void resolvingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        String resolution = madeCommitment();
        Answer first = api.post(resolution, resolution("BROKEN"));

        Answer again = api.post(resolution, resolution("BROKEN"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aCommitmentIsResolvedAtMostOnce() {
        String resolution = madeCommitment();
        api.post(resolution, resolution("BROKEN"));

        api.post(resolution, resolution("RELEASED")).isProblem(409, "already-resolved");

        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void everyMissingRequiredFieldOfAResolutionIsNamed() {
        String resolution = madeCommitment();

        Answer refused = api.post(resolution, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("occurredAt", "status");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownStatusIsNamedWithTheAllowedOnes() {
        String resolution = madeCommitment();

        Answer refused = api.post(resolution, resolution("FORGOTTEN")).isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("status")).isEqualTo("must be one of KEPT, BROKEN, RELEASED");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownFavorThatKeptACommitmentIsNamed() {
        String resolution = madeCommitment();

        Answer refused = api.post(resolution, """
                {"status": "KEPT", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""")
                            .isProblem(422, "unknown-favor");

        assertThat(refused.errorFields()).containsExactly("favorId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aFavorNamedForABrokenCommitmentIsRefused() {
        String resolution = madeCommitment();

        Answer refused = api.post(resolution, """
                {"status": "BROKEN", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""")
                            .isProblem(422, "not-applicable");

        assertThat(refused.errorFields()).containsExactly("favorId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aResolutionOfAnUnknownCommitmentIsNotFound() {
        api.post(commitments + "/nothing/resolution", resolution("KEPT")).isProblem(404, "unknown-commitment");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aResolutionInAnUnknownLedgerIsNotFound() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/commitments/c1/resolution", resolution("KEPT"))
           .isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void aCommitmentCannotBeResolvedBeforeItWasMade() {
        String resolution = madeCommitment();

        Answer refused = api.post(resolution, resolution("KEPT").replace("2024-02-27", "2024-02-19"))
                            .isProblem(422, "out-of-order");

        assertThat(refused.errorFields()).containsExactly("occurredAt");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aCommitmentCannotBeResolvedInTheFuture() {
        String resolution = madeCommitment();
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(resolution, resolution("KEPT").replace("2024-02-27T09:00:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isEqualTo(1);
    }
}
