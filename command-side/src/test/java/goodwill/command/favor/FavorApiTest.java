package goodwill.command.favor;

import static goodwill.command.LedgerFixture.tomorrow;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@CommandSideTest
class FavorApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    private static String favor(String favorId, String giverId, String receiverId) {
        return """
                {"favorId": "%s", "giverId": "%s", "receiverId": "%s", "kind": "INTRODUCTION", "weight": 3,
                 "asked": false, "occurredAt": "2024-02-20T15:00:00Z", "note": "to their CTO"}"""
                .formatted(favorId, giverId, receiverId);
    }

    /** Favor f1, of an introduction from me to ana. */
    private String f1() {
        return favor("f1", ledger.meId(), "ana");
    }

    /** The favor, returning the one named. */
    private static String returning(String favor, String reciprocatesFavorId) {
        return favor.replace("\"note\"", "\"reciprocatesFavorId\": \"%s\", \"note\"".formatted(reciprocatesFavorId));
    }

    /** Favor f2, from ana to me, returning the one named. */
    private String f2Returning(String reciprocatesFavorId) {
        return returning(favor("f2", "ana", ledger.meId()), reciprocatesFavorId);
    }

    @Test
    void aFavorIsRecordedWithItsLocation() {
        Answer recordedFavor = ledger.post("/favors", """
                {"favorId": "f1", "giverId": "ana", "receiverId": "%s", "kind": "REFERRAL", "weight": 5,
                 "asked": true, "occurredAt": "2024-02-20T15:00:00Z", "towardId": "bo", "note": "a job"}"""
                .formatted(ledger.meId()));

        assertThat(recordedFavor.status()).isEqualTo(201);
        assertThat(recordedFavor.text("favorId")).isEqualTo("f1");
        assertThat(recordedFavor.headers().getLocation()).hasPath(ledger.path("/favors/f1"));
        assertThat(ledger.eventsOf(Ids::favor, "f1"))
                .containsExactly(new FavorRecorded(ledger.id(), "f1", "ana", ledger.meId(), FavorKind.REFERRAL, 5,
                                                   true, Instant.parse("2024-02-20T15:00:00Z"), "bo", null, "a job",
                                                   "ana"));
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
                 "asked": false, "occurredAt": "2024-02-20T15:00:00Z", %s}""".formatted(ledger.meId(), value);
        // The field under test given once: a field given twice is refused for that alone.
        String once = body.replaceFirst("\"" + field + "\": [^,]+,\\s*", "");

        Answer refused = ledger.post("/favors", once);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(ledger.recordedSinceSetUp()).isZero();
        assertThat(ledger.post("/favors", once).status()).isEqualTo(400); // and a retry records nothing either
        assertThat(ledger.recordedSinceSetUp()).isZero();
    }

    @Test
    void aFavorWithoutAnIdGetsAUuidAndMayReturnAnEarlierOne() {
        ledger.created("/favors", f1());

        Answer returned = ledger.post("/favors", """
                {"giverId": "ana", "receiverId": "%s", "kind": "ADVICE", "weight": 2, "asked": true,
                 "occurredAt": "2024-02-25T15:00:00Z", "reciprocatesFavorId": "f1"}""".formatted(ledger.meId()));

        assertThat(returned.status()).isEqualTo(201);
        assertThat(UUID.fromString(returned.text("favorId"))).isNotNull();
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void aContactCanBeNamedInAFavorAsSoonAsTheRequestAddingItReturns() {
        ledger.addContact("cy");

        assertThat(ledger.post("/favors", favor("f1", "cy", "ana")).status()).isEqualTo(201);
    }

    @Test
    void recordingTheSameFavorAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/favors", f1(), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aFavorIdInUseForAnotherFavorIsAConflict() {
        ledger.created("/favors", f1());

        ledger.refuses("/favors", favor("f1", "ana", ledger.meId()), 409, "id-conflict");
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        ledger.refuses("/favors", "{}", 400, "invalid-request")
              .naming("asked", "giverId", "kind", "occurredAt", "receiverId", "weight");
    }

    @Test
    void anUnknownKindIsNamedWithTheAllowedOnes() {
        Answer refused = ledger.refuses("/favors", f1().replace("INTRODUCTION", "BRIBE"), 400, "invalid-request");

        assertThat(refused.errorAbout("kind")).isEqualTo(
                "must be one of REFERRAL, INTRODUCTION, ADVICE, RECOMMENDATION, RESUME_FORWARDED, RESOURCE, SUPPORT, OTHER");
    }

    @Test
    void aKindIsNeverTakenFromANumber() {
        ledger.refuses("/favors", f1().replace("\"INTRODUCTION\"", "2"), 400, "invalid-request");
    }

    @Test
    void aWeightOutOfRangeIsNamed() {
        String weighingSix = f1().replace("\"weight\": 3", "\"weight\": 6");

        ledger.refuses("/favors", weighingSix, 400, "invalid-request").naming("weight");
    }

    @Test
    void aWeightThatIsNotANumberIsNamed() {
        String heavy = f1().replace("\"weight\": 3", "\"weight\": \"heavy\"");

        assertThat(ledger.refuses("/favors", heavy, 400, "invalid-request").errorAbout("weight"))
                .isEqualTo("must be a whole number");
    }

    @Test
    void anAnswerToAskedThatIsNotABooleanIsNamed() {
        Answer refused = ledger.refuses("/favors", f1().replace("\"asked\": false", "\"asked\": \"maybe\""),
                                        400, "invalid-request");

        assertThat(refused.errorAbout("asked")).isEqualTo("must be true or false");
    }

    @Test
    void anUnknownGiverIsNamed() {
        ledger.refuses("/favors", favor("f1", "stranger", "ana"), 422, "unknown-contact").naming("giverId");
    }

    @Test
    void aContactOfAnotherLedgerIsUnknownHere() {
        ledger.another("dee");

        ledger.refuses("/favors", favor("f1", ledger.meId(), "dee"), 422, "unknown-contact").naming("receiverId");
    }

    @Test
    void anUnknownThirdPartyIsNamed() {
        String towardNobody = f1().replace("\"note\"", "\"towardId\": \"nobody\", \"note\"");

        ledger.refuses("/favors", towardNobody, 422, "unknown-contact").naming("towardId");
    }

    @Test
    void aFavorReturningItselfIsRefusedWithItsOwnCode() {
        String returningItself = returning(favor("f1", "ana", ledger.meId()), "f1");

        ledger.refuses("/favors", returningItself, 422, "reciprocates-itself").naming("reciprocatesFavorId");
    }

    @Test
    void aFavorOfAnotherLedgerCannotBeReturned() {
        LedgerFixture other = ledger.another("ana");
        other.created("/favors", favor("theirs", other.meId(), "ana"));

        ledger.refuses("/favors", f2Returning("theirs"), 422, "unknown-favor").naming("reciprocatesFavorId");
    }

    @Test
    void anUnknownReciprocatedFavorIsNamed() {
        ledger.refuses("/favors", f2Returning("f1"), 422, "unknown-favor").naming("reciprocatesFavorId");
    }

    @Test
    void aFavorCannotBeGivenAndReceivedBySamePerson() {
        ledger.refuses("/favors", favor("f1", "ana", "ana"), 422, "same-giver-and-receiver").naming("receiverId");
    }

    @Test
    void aFavorCannotHaveBeenDoneInTheFuture() {
        ledger.refuses("/favors", f1().replace("2024-02-20T15:00:00Z", tomorrow()), 422, "in-the-future");
    }

    @Test
    void aFavorCannotBeRecordedInAnUnknownLedger() {
        ledger.refusedInAnUnknownLedger("/favors", f1());
    }

    /** Records f1 and answers its resource. */
    private String recordedFavor() {
        ledger.created("/favors", f1());
        return "/favors/f1";
    }

    @Test
    void aFavorIsRetractedForAReason() {
        String f1 = recordedFavor();

        Answer retracted = ledger.post(f1 + "/retraction", """
                {"reason": "it never happened", "occurredAt": "2024-02-28T09:00:00Z"}""");

        assertThat(retracted.status()).isEqualTo(200);
        assertThat(retracted.text("favorId")).isEqualTo("f1");
        assertThat(ledger.eventsOf(Ids::favor, "f1")).last().isEqualTo(
                new FavorRetracted(ledger.id(), "f1", "it never happened", Instant.parse("2024-02-28T09:00:00Z"),
                                   "ana"));
    }

    @Test
    void retractingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain(recordedFavor() + "/retraction", """
                {"reason": "it never happened"}""", 200);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void aRetractedFavorCannotBeRetractedForAnotherReason() {
        String f1 = recordedFavor();
        ledger.retractFavor("f1", "it never happened");

        ledger.refuses(f1 + "/retraction", """
                {"reason": "a duplicate"}""", 409, "already-retracted").naming("reason");
    }

    @Test
    void aRetractionNeedsAReason() {
        ledger.refuses(recordedFavor() + "/retraction", "{}", 400, "invalid-request").naming("reason");
    }

    @Test
    void anUnknownFavorCannotBeRetracted() {
        ledger.refuses("/favors/nothing/retraction", """
                {"reason": "it never happened"}""", 404, "unknown-favor");
    }

    @Test
    void aRetractedFavorCannotBeReturnedByAnother() {
        recordedFavor();
        ledger.retractFavor("f1", "it never happened");

        ledger.refuses("/favors", f2Returning("f1"), 422, "unknown-favor").naming("reciprocatesFavorId");
    }

    @Test
    void aFavorIsAmendedWithTheValuesToCorrect() {
        String f1 = recordedFavor();

        Answer amended = ledger.post(f1 + "/amendment", """
                {"amendmentId": "a1", "receiverId": "bo", "weight": 5, "occurredAt": "2024-02-21T15:00:00Z",
                 "reason": "it was Bo, and a big one"}""");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.text("favorId")).isEqualTo("f1");
        assertThat(amended.text("amendmentId")).isEqualTo("a1");
        FavorAmended amendment = (FavorAmended) ledger.eventsOf(Ids::favor, "f1").get(1);
        assertThat(amendment.applyTo((FavorRecorded) ledger.eventsOf(Ids::favor, "f1").get(0)))
                .isEqualTo(new FavorRecorded(ledger.id(), "f1", ledger.meId(), "bo", FavorKind.INTRODUCTION, 5, false,
                                             Instant.parse("2024-02-21T15:00:00Z"), null, null, "to their CTO",
                                             "bo"));
        assertThat(amendment.reason()).isEqualTo("it was Bo, and a big one");
    }

    @Test
    void anAmendmentWithoutAnIdGetsOne() {
        Answer amended = ledger.post(recordedFavor() + "/amendment", """
                {"weight": 5}""");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(UUID.fromString(amended.text("amendmentId"))).isNotNull();
    }

    @Test
    void sendingTheSameAmendmentAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain(recordedFavor() + "/amendment", """
                {"amendmentId": "a1", "weight": 5}""", 200);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        ledger.refuses(recordedFavor() + "/amendment", """
                {"weight": 3, "receiverId": "ana", "reason": "just checking"}""", 422, "nothing-to-change");
    }

    @Test
    void aRetractedFavorCannotBeAmended() {
        String f1 = recordedFavor();
        ledger.retractFavor("f1", "it never happened");

        ledger.refuses(f1 + "/amendment", """
                {"weight": 5}""", 409, "favor-retracted");
    }

    @Test
    void anAmendedWeightOutOfRangeIsNamed() {
        ledger.refuses(recordedFavor() + "/amendment", """
                {"weight": 9}""", 400, "invalid-request").naming("weight");
    }

    @Test
    void anAmendedGiverMustBeALiveContact() {
        ledger.refuses(recordedFavor() + "/amendment", """
                {"giverId": "stranger"}""", 422, "unknown-contact").naming("giverId");
    }

    @Test
    void anAmendedFavorStillNeedsTwoPeople() {
        String toMe = """
                {"receiverId": "%s"}""".formatted(ledger.meId());

        ledger.refuses(recordedFavor() + "/amendment", toMe, 422, "same-giver-and-receiver");
    }

    @Test
    void anUnknownFavorCannotBeAmended() {
        ledger.refuses("/favors/nothing/amendment", """
                {"weight": 5}""", 404, "unknown-favor");
    }
}
