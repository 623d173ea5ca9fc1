package goodwill.command.favor;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class FavorApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String favors;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        favors = "/api/ledgers/" + ledgerId + "/favors";
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    /** The events of this test's ledger: its opening and its two contacts. */
    private long recordedInLedger() {
        return recorded.sinceOpening(ledgerId) - 2;
    }

    private String favor(String favorId, String giverId, String receiverId) {
        return """
                {"favorId": "%s", "giverId": "%s", "receiverId": "%s", "kind": "INTRODUCTION", "weight": 3,
                 "asked": false, "occurredAt": "2024-02-20T15:00:00Z", "note": "to their CTO"}"""
                .formatted(favorId, giverId, receiverId);
    }

    @Test
    void aFavorIsRecordedWithItsLocation() {
        Answer recordedFavor = api.post(favors, """
                {"favorId": "f1", "giverId": "ana", "receiverId": "%s", "kind": "REFERRAL", "weight": 5,
                 "asked": true, "occurredAt": "2024-02-20T15:00:00Z", "towardId": "bo", "note": "a job"}"""
                .formatted(meId));

        assertThat(recordedFavor.status()).isEqualTo(201);
        assertThat(recordedFavor.text("favorId")).isEqualTo("f1");
        assertThat(recordedFavor.headers().getLocation()).hasPath(favors + "/f1");
        assertThat(recorded.payloadsOf(Ids.favor(ledgerId, "f1")))
                .containsExactly(new FavorRecorded(ledgerId, "f1", "ana", meId, FavorKind.REFERRAL, 5, true,
                                                   Instant.parse("2024-02-20T15:00:00Z"), "bo", null, "a job"));
    }

    /**
     * What was once coerced into the immutable history is refused, naming the field, and nothing is recorded: a
     * number is not a time (it was taken as seconds since 1970), a fraction not a weight, text not a number, a
     * number or text not a yes or no.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"occurredAt\": 1.5 | occurredAt", "\"occurredAt\": 1e300 | occurredAt", "\"occurredAt\": 12345 | occurredAt",
            "\"occurredAt\": [2024, 2, 20] | occurredAt", "\"weight\": 2.9 | weight", "\"weight\": \"5\" | weight",
            "\"asked\": 1 | asked", "\"asked\": \"true\" | asked", "\"note\": 5 | note",
            "\"occurredAt\": \"-999999999-01-01T00:00:00Z\" | occurredAt",
            "\"occurredAt\": \"0000-01-01T00:00:00Z\" | occurredAt"})
    void aValueOfTheWrongKindOrOutOfRangeIsRefusedAndRecordsNothing(String value, String field) {
        String body = """
                {"favorId": "f1", "giverId": "%s", "receiverId": "ana", "kind": "INTRODUCTION", "weight": 3,
                 "asked": false, "occurredAt": "2024-02-20T15:00:00Z", %s}""".formatted(meId, value);
        // The field under test given once: a field given twice is refused for that alone.
        String once = body.replaceFirst("\"" + field + "\": [^,]+,\\s*", "");

        Answer refused = api.post(favors, once);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(recordedInLedger()).isZero();
        assertThat(api.post(favors, once).status()).isEqualTo(400); // and a retry records nothing either
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aFavorWithoutAnIdGetsAUuidAndMayReturnAnEarlierOne() {
        api.post(favors, favor("f1", meId, "ana"));

        Answer returned = api.post(favors, """
                {"giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": 2, "asked": true,
                 "occurredAt": "2024-02-25T15:00:00Z", "reciprocatesFavorId": "f1"}""".formatted(meId));

        assertThat(returned.status()).isEqualTo(201);
        assertThat(UUID.fromString(returned.text("favorId"))).isNotNull();
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aContactCanBeNamedInAFavorAsSoonAsTheRequestAddingItReturns() {
        api.addContact(ledgerId, "cy");

        assertThat(api.post(favors, favor("f1", "cy", "ana")).status()).isEqualTo(201);
    }

    @Test
    void recordingTheSameFavorAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(favors, favor("f1", meId, "ana"));

        Answer again = api.post(favors, favor("f1", meId, "ana"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aFavorIdInUseForAnotherFavorIsAConflict() {
        api.post(favors, favor("f1", meId, "ana"));

        api.post(favors, favor("f1", "ana", meId)).isProblem(409, "id-conflict");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        Answer refused = api.post(favors, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields())
                .containsExactly("asked", "giverId", "kind", "occurredAt", "receiverId", "weight");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownKindIsNamedWithTheAllowedOnes() {
        Answer refused = api.post(favors, favor("f1", meId, "ana").replace("INTRODUCTION", "BRIBE"))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("kind")).isEqualTo(
                "must be one of REFERRAL, INTRODUCTION, ADVICE, RECOMMENDATION, RESUME_FORWARDED, RESOURCE, SUPPORT, OTHER");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aKindIsNeverTakenFromANumber() {
        api.post(favors, favor("f1", meId, "ana").replace("\"INTRODUCTION\"", "2"))
           .isProblem(400, "invalid-request");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aWeightOutOfRangeIsNamed() {
        Answer refused = api.post(favors, favor("f1", meId, "ana").replace("\"weight\": 3", "\"weight\": 6"))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("weight");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aWeightThatIsNotANumberIsNamed() {
        Answer refused = api.post(favors, favor("f1", meId, "ana").replace("\"weight\": 3", "\"weight\": \"heavy\""))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("weight")).isEqualTo("must be a whole number");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anAnswerToAskedThatIsNotABooleanIsNamed() {
        Answer refused = api.post(favors, favor("f1", meId, "ana").replace("\"asked\": false", "\"asked\": \"maybe\""))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("asked")).isEqualTo("must be true or false");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownGiverIsNamed() {
        Answer refused = api.post(favors, favor("f1", "stranger", "ana")).isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("giverId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aContactOfAnotherLedgerIsUnknownHere() {
        String otherLedger = api.openLedger().text("ledgerId");
        api.addContact(otherLedger, "dee");

        Answer refused = api.post(favors, favor("f1", meId, "dee")).isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("receiverId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownThirdPartyIsNamed() {
        Answer refused = api.post(favors, favor("f1", meId, "ana").replace("\"note\"", "\"towardId\": \"nobody\", \"note\""))
                            .isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("towardId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aFavorReturningItselfIsRefusedWithItsOwnCode() {
        Answer refused = api.post(favors, favor("f1", "ana", meId).replace("\"note\"", "\"reciprocatesFavorId\": \"f1\", \"note\""))
                            .isProblem(422, "reciprocates-itself");

        assertThat(refused.errorFields()).containsExactly("reciprocatesFavorId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aFavorOfAnotherLedgerCannotBeReturned() {
        Answer other = api.openLedger();
        String otherLedger = other.text("ledgerId");
        api.addContact(otherLedger, "ana");
        assertThat(api.post("/api/ledgers/" + otherLedger + "/favors", favor("theirs", other.text("meId"), "ana"))
                      .status()).isEqualTo(201);

        Answer refused = api.post(favors, favor("f2", "ana", meId).replace("\"note\"", "\"reciprocatesFavorId\": \"theirs\", \"note\""))
                            .isProblem(422, "unknown-favor");

        assertThat(refused.errorFields()).containsExactly("reciprocatesFavorId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownReciprocatedFavorIsNamed() {
        Answer refused = api.post(favors, favor("f2", "ana", meId).replace("\"note\"", "\"reciprocatesFavorId\": \"f1\", \"note\""))
                            .isProblem(422, "unknown-favor");

        assertThat(refused.errorFields()).containsExactly("reciprocatesFavorId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aFavorCannotBeGivenAndReceivedBySamePerson() {
        Answer refused = api.post(favors, favor("f1", "ana", "ana")).isProblem(422, "same-giver-and-receiver");

        assertThat(refused.errorFields()).containsExactly("receiverId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aFavorCannotHaveBeenDoneInTheFuture() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(favors, favor("f1", meId, "ana").replace("2024-02-20T15:00:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aFavorCannotBeRecordedInAnUnknownLedger() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/favors", favor("f1", meId, "ana")).isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    /** Records f1, me to ana, and answers the favor's path. */
    private String recordedFavor() {
        assertThat(api.post(favors, favor("f1", meId, "ana")).status()).isEqualTo(201);
        return favors + "/f1";
    }

    @Test
    void aFavorIsRetractedForAReason() {
        String f1 = recordedFavor();

        Answer retracted = api.post(f1 + "/retraction", """
                {"reason": "it never happened", "occurredAt": "2024-02-28T09:00:00Z"}""");

        assertThat(retracted.status()).isEqualTo(200);
        assertThat(retracted.text("favorId")).isEqualTo("f1");
        assertThat(recorded.payloadsOf(Ids.favor(ledgerId, "f1"))).last().isEqualTo(
                new FavorRetracted(ledgerId, "f1", "it never happened", Instant.parse("2024-02-28T09:00:00Z")));
    }

    @Test
    void retractingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        String f1 = recordedFavor();
        Answer first = api.post(f1 + "/retraction", """
                {"reason": "it never happened"}""");

        Answer again = api.post(f1 + "/retraction", """
                {"reason": "it never happened"}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aRetractedFavorCannotBeRetractedForAnotherReason() {
        String f1 = recordedFavor();
        api.post(f1 + "/retraction", """
                {"reason": "it never happened"}""");

        Answer refused = api.post(f1 + "/retraction", """
                {"reason": "a duplicate"}""").isProblem(409, "already-retracted");

        assertThat(refused.errorFields()).containsExactly("reason");
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aRetractionNeedsAReason() {
        String f1 = recordedFavor();

        Answer refused = api.post(f1 + "/retraction", "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("reason");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownFavorCannotBeRetracted() {
        api.post(favors + "/nothing/retraction", """
                {"reason": "it never happened"}""").isProblem(404, "unknown-favor");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aRetractedFavorCannotBeReturnedByAnother() {
        String f1 = recordedFavor();
        api.post(f1 + "/retraction", """
                {"reason": "it never happened"}""");

        Answer refused = api.post(favors, favor("f2", "ana", meId).replace("\"note\"", "\"reciprocatesFavorId\": \"f1\", \"note\""))
                            .isProblem(422, "unknown-favor");

        assertThat(refused.errorFields()).containsExactly("reciprocatesFavorId");
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aFavorIsAmendedWithTheValuesToCorrect() {
        String f1 = recordedFavor();

        Answer amended = api.post(f1 + "/amendment", """
                {"amendmentId": "a1", "receiverId": "bo", "weight": 5, "occurredAt": "2024-02-21T15:00:00Z",
                 "reason": "it was Bo, and a big one"}""");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.text("favorId")).isEqualTo("f1");
        assertThat(amended.text("amendmentId")).isEqualTo("a1");
        FavorAmended amendment = (FavorAmended) recorded.payloadsOf(Ids.favor(ledgerId, "f1")).get(1);
        assertThat(amendment.applyTo((FavorRecorded) recorded.payloadsOf(Ids.favor(ledgerId, "f1")).get(0)))
                .isEqualTo(new FavorRecorded(ledgerId, "f1", meId, "bo", FavorKind.INTRODUCTION, 5, false,
                                             Instant.parse("2024-02-21T15:00:00Z"), null, null, "to their CTO"));
        assertThat(amendment.reason()).isEqualTo("it was Bo, and a big one");
    }

    @Test
    void anAmendmentWithoutAnIdGetsOne() {
        String f1 = recordedFavor();

        Answer amended = api.post(f1 + "/amendment", """
                {"weight": 5}""");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(UUID.fromString(amended.text("amendmentId"))).isNotNull();
    }

    @Test
    void sendingTheSameAmendmentAgainAnswersTheSameAndRecordsNothing() {
        String f1 = recordedFavor();
        Answer first = api.post(f1 + "/amendment", """
                {"amendmentId": "a1", "weight": 5}""");

        Answer again = api.post(f1 + "/amendment", """
                {"amendmentId": "a1", "weight": 5}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        String f1 = recordedFavor();

        api.post(f1 + "/amendment", """
                {"weight": 3, "receiverId": "ana", "reason": "just checking"}""").isProblem(422, "nothing-to-change");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aRetractedFavorCannotBeAmended() {
        String f1 = recordedFavor();
        api.post(f1 + "/retraction", """
                {"reason": "it never happened"}""");

        api.post(f1 + "/amendment", """
                {"weight": 5}""").isProblem(409, "favor-retracted");

        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void anAmendedWeightOutOfRangeIsNamed() {
        String f1 = recordedFavor();

        Answer refused = api.post(f1 + "/amendment", """
                {"weight": 9}""").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("weight");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anAmendedGiverMustBeALiveContact() {
        String f1 = recordedFavor();

        Answer refused = api.post(f1 + "/amendment", """
                {"giverId": "stranger"}""").isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("giverId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anAmendedFavorStillNeedsTwoPeople() {
        String f1 = recordedFavor();

        api.post(f1 + "/amendment", """
                {"receiverId": "%s"}""".formatted(meId)).isProblem(422, "same-giver-and-receiver");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownFavorCannotBeAmended() {
        api.post(favors + "/nothing/amendment", """
                {"weight": 5}""").isProblem(404, "unknown-favor");

        assertThat(recordedInLedger()).isZero();
    }
}
