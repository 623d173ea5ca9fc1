package goodwill.query.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactArchived;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The query side end to end: events appended to the event store, as the command side would, are folded by
 * the tracking processor and read back over HTTP, as JSON and CSV, at a moment fixed by the test's clock.
 */
@QuerySideTest
class ReciprocityApiTest extends EndToEndTest {

    private static final Instant FEB_10 = Instant.parse("2024-02-10T10:00:00Z");
    private static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");
    /** The moment of every request of this test: ages and overdue are computed for it. */
    private static final Instant NOW = Instant.parse("2024-06-10T12:00:00Z");

    ReciprocityApiTest() {
        super(NOW);
    }

    private FavorRecorded favor(String favorId, String giverId, String receiverId, int weight, boolean asked,
                                Instant occurredAt) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.REFERRAL, weight, asked,
                                 occurredAt, null, null, null);
    }

    private String reciprocity(String rest) {
        return ledgerPath("/reciprocity" + rest);
    }

    /** Waits until the projection has caught up as far as the JSON answer shows. */
    private JsonNode awaitJson(String path, Predicate<JsonNode> caughtUp) {
        readModels.awaitCaughtUp(ReciprocityProjection.PROCESSING_GROUP);
        return api.awaitJson(path, caughtUp);
    }

    private CommitmentMade commitment(String commitmentId, String promiserId, String promiseeId, LocalDate dueOn,
                                      Instant madeAt) {
        return new CommitmentMade(ledgerId, commitmentId, promiserId, promiseeId, "an introduction", dueOn, madeAt);
    }

    private AskMade ask(String askId, String askerId, String askedId, Instant at) {
        return new AskMade(ledgerId, askId, askerId, askedId, "a referral", at);
    }

    private AskAnswered answer(String askId, AskOutcome outcome, Instant at) {
        return new AskAnswered(ledgerId, askId, outcome, null, at);
    }

    /** Waits until the projection has caught up as far as the answer shows. */
    private JsonNode awaitBalance(String contactId, int givenCount, int receivedCount) {
        return awaitJson(reciprocity("/" + contactId),
                balance -> balance.path("given").path("count").asInt() == givenCount
                        && balance.path("received").path("count").asInt() == receivedCount);
    }

    @Test
    void aBalanceShowsWhatMeGaveAndReceivedWeighted() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(favor("f1", "me", "bo", 3, false, MARCH),
                          favor("f2", "bo", "me", 2, true, APRIL));

        JsonNode balance = awaitBalance("bo", 1, 1);

        assertThat(balance.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(balance.path("contactId").asText()).isEqualTo("bo");
        assertThat(balance.path("given").path("weighted").asDouble()).isEqualTo(4.5);
        assertThat(balance.path("received").path("weighted").asDouble()).isEqualTo(2.0);
        assertThat(balance.path("balance").asDouble()).isEqualTo(2.5);
        assertThat(balance.path("lastGivenAt").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(balance.path("lastReceivedAt").asText()).isEqualTo("2024-04-01T10:00:00Z");
    }

    @Test
    void aFavorBetweenOthersLeavesBalancesWithMeUntouched() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(favor("f1", "bo", "cy", 5, false, MARCH),
                          favor("f2", "me", "cy", 1, true, APRIL));

        awaitBalance("cy", 1, 0);

        assertThat(awaitBalance("bo", 0, 0).path("balance").asDouble()).isZero();
    }

    @Test
    void theLedgersBalancesAreListedByContact() {
        readModels.openLedger(ledgerId, OPENED, "cy", "bo");
        readModels.record(favor("f1", "me", "cy", 2, true, MARCH));
        awaitBalance("cy", 1, 0);

        JsonNode listed = api.get(reciprocity("")).json();

        assertThat(listed.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(listed.path("meId").asText()).isEqualTo("me");
        assertThat(listed.path("balances").findValuesAsText("contactId")).containsExactly("bo", "cy");
        assertThat(listed.path("balances").get(1).path("balance").asDouble()).isEqualTo(2.0);
    }

    @Test
    void anUnknownLedgerIsNotFound() {
        api.get(reciprocity("/bo")).isProblem(404, "unknown-ledger");
        assertThat(api.get(reciprocity("")).json().path("code").asText()).isEqualTo("unknown-ledger");
    }

    @Test
    void anUnknownContactIsNotFound() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        awaitBalance("bo", 0, 0);

        api.get(reciprocity("/nobody")).isProblem(404, "unknown-contact");
    }

    @Test
    void correctionsCountAsTheySayRetractionsAmendmentsAndMerges() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(favor("f1", "me", "bo", 3, true, MARCH),
                          favor("f2", "cy", "me", 2, true, MARCH),
                          favor("f3", "me", "bo", 1, true, APRIL),
                          new FavorAmended(ledgerId, "f1", "a1", null, null, null, 5, null, null, null, null, null,
                                           "typo", APRIL),
                          new FavorRetracted(ledgerId, "f3", "never happened", APRIL),
                          new ContactsMerged(ledgerId, "bo", "cy", APRIL),
                          favor("f4", "cy", "me", 1, true, APRIL));

        JsonNode balance = awaitBalance("bo", 1, 2);

        assertThat(balance.path("given").path("weighted").asDouble()).isEqualTo(5.0);
        assertThat(balance.path("received").path("weighted").asDouble()).isEqualTo(3.0);
        assertThat(awaitBalance("cy", 0, 0).path("balance").asDouble()).isZero();
    }

    @Test
    void aBalanceShowsTheOldestFavorsNotReciprocatedOpenCommitmentsAndAsksBothWays() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(ask("a0", "me", "bo", Instant.parse("2024-02-01T10:00:00Z")),
                          answer("a0", AskOutcome.DECLINED, Instant.parse("2024-02-02T10:00:00Z")),
                          favor("f1", "me", "bo", 2, true, MARCH),
                          favor("f2", "bo", "me", 1, true, APRIL),
                          commitment("c1", "me", "bo", LocalDate.parse("2024-06-01"), MARCH),
                          commitment("c2", "bo", "me", null, APRIL),
                          ask("a1", "me", "bo", MAY),
                          ask("a2", "bo", "me", APRIL),
                          answer("a2", AskOutcome.HELPED, APRIL));

        JsonNode balance = awaitJson(reciprocity("/bo"), b -> b.path("asks").path("toMe").path("helped").asInt() == 1);

        assertThat(balance.path("asOf").asText()).isEqualTo("2024-06-10T12:00:00Z");
        assertThat(balance.path("displayName").asText()).isEqualTo("bo");
        assertThat(balance.path("archived").asBoolean()).isFalse();
        JsonNode oldestGiven = balance.path("oldestUnreciprocated").path("given");
        assertThat(oldestGiven.path("favorId").asText()).isEqualTo("f1");
        assertThat(oldestGiven.path("occurredAt").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(oldestGiven.path("ageDays").asLong()).isEqualTo(101);
        assertThat(oldestGiven.path("outstanding").asDouble()).isEqualTo(1.0);
        assertThat(balance.path("oldestUnreciprocated").path("received").isNull()).isTrue();

        JsonNode byMe = balance.path("openCommitments").path("byMe");
        assertThat(byMe.path("count").asInt()).isEqualTo(1);
        assertThat(byMe.path("commitments").get(0).path("commitmentId").asText()).isEqualTo("c1");
        assertThat(byMe.path("commitments").get(0).path("dueOn").asText()).isEqualTo("2024-06-01");
        assertThat(byMe.path("commitments").get(0).path("overdue").asBoolean()).isTrue();
        JsonNode toMe = balance.path("openCommitments").path("toMe");
        assertThat(toMe.path("commitments").findValuesAsText("commitmentId")).containsExactly("c2");
        assertThat(toMe.path("commitments").get(0).path("overdue").asBoolean()).isFalse();

        JsonNode asksByMe = balance.path("asks").path("byMe");
        assertThat(asksByMe.path("count").asInt()).isEqualTo(2);
        assertThat(asksByMe.path("declined").asInt()).isEqualTo(1);
        assertThat(asksByMe.path("unanswered").asInt()).isEqualTo(1);
        assertThat(asksByMe.path("asks").findValuesAsText("askId")).containsExactly("a0", "a1");
        assertThat(asksByMe.path("asks").findValuesAsText("status")).containsExactly("DECLINED", "UNANSWERED");
        assertThat(asksByMe.path("asks").get(0).path("warnings").get(0).path("code").asText()).isEqualTo("empty-account");
        assertThat(asksByMe.path("asks").get(1).path("warnings").isEmpty()).isTrue();
        assertThat(balance.path("asks").path("toMe").path("asks").get(0).path("status").asText()).isEqualTo("HELPED");
    }

    @Test
    void aBalanceListsEveryFavorNotReciprocatedYetEachWayOldestFirst() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(favor("f1", "me", "bo", 2, true, MARCH),
                          favor("f3", "me", "bo", 3, false, APRIL),
                          favor("f2", "bo", "me", 1, true, MAY));

        JsonNode balance = awaitJson(reciprocity("/bo"), b -> b.path("received").path("count").asInt() == 1);

        // f2 returned part of f1, the oldest: what is left of f1, and all of f3, may still be returned.
        JsonNode unreciprocated = balance.path("unreciprocated");
        assertThat(unreciprocated.path("given").findValuesAsText("favorId")).containsExactly("f1", "f3");
        assertThat(unreciprocated.path("given").get(0).path("outstanding").asDouble()).isEqualTo(1.0);
        assertThat(unreciprocated.path("received").isEmpty()).isTrue();
        assertThat(balance.path("oldestUnreciprocated").path("given").path("favorId").asText()).isEqualTo("f1");
    }

    @Test
    void theListingLeavesMergedContactsOutAndMarksArchivedOnes() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy", "dee");
        readModels.record(favor("f1", "me", "cy", 2, true, MARCH),
                          new ContactsMerged(ledgerId, "bo", "cy", APRIL),
                          new ContactArchived(ledgerId, "dee", "moved away", APRIL));

        JsonNode listed = awaitJson(reciprocity(""), l -> l.path("balances").size() == 2
                && l.path("balances").get(1).path("archived").asBoolean());

        assertThat(listed.path("balances").findValuesAsText("contactId")).containsExactly("bo", "dee");
        assertThat(listed.path("balances").get(0).path("given").path("count").asInt()).isEqualTo(1);
        JsonNode merged = api.get(reciprocity("/cy"), MediaType.APPLICATION_JSON).json();
        assertThat(merged.path("mergedInto").asText()).isEqualTo("bo");
        assertThat(merged.path("given").path("count").asInt()).isZero();
        List<Map<String, String>> rows = api.get(reciprocity(""), HttpAnswer.CSV).csvRows();
        assertThat(rows).extracting(row -> row.get("contactId")).containsExactly("bo", "dee");
        assertThat(rows.get(1)).containsEntry("archived", "true");
    }

    @Test
    void peopleWhoOweMeAndPeopleIOweAreListedLargestFirstAsJsonAndCsv() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy", "dee", "eve");
        readModels.record(favor("f1", "me", "bo", 2, true, MARCH),
                          favor("f2", "me", "cy", 4, true, MARCH),
                          favor("f3", "dee", "me", 1, true, MARCH),
                          favor("f4", "eve", "me", 3, false, MARCH),
                          favor("f5", "bo", "me", 1, true, APRIL));

        JsonNode owed = awaitJson(reciprocity("/owed-to-me"), l -> l.path("contacts").size() == 2
                && l.path("contacts").get(1).path("balance").asDouble() == 1.0);
        assertThat(owed.path("asOf").asText()).isEqualTo("2024-06-10T12:00:00Z");
        assertThat(owed.path("contacts").findValuesAsText("contactId")).containsExactly("cy", "bo");
        JsonNode cy = owed.path("contacts").get(0);
        assertThat(cy.path("balance").asDouble()).isEqualTo(4.0);
        assertThat(cy.path("oldestUnreciprocatedFavorId").asText()).isEqualTo("f2");
        assertThat(cy.path("oldestUnreciprocatedAgeDays").asLong()).isEqualTo(101);

        JsonNode owing = api.get(reciprocity("/i-owe"), MediaType.APPLICATION_JSON).json();
        assertThat(owing.path("contacts").findValuesAsText("contactId")).containsExactly("eve", "dee");
        assertThat(owing.path("contacts").get(0).path("balance").asDouble()).isEqualTo(-4.5);
        assertThat(owing.path("contacts").get(0).path("oldestUnreciprocatedFavorId").asText()).isEqualTo("f4");

        HttpAnswer csv = api.get(reciprocity("/i-owe"), HttpAnswer.CSV);
        csv.isCsv("contactId,displayName,archived,balance,givenCount,givenWeighted,receivedCount,receivedWeighted,"
                + "lastGivenAt,lastReceivedAt,oldestUnreciprocatedFavorId,oldestUnreciprocatedAt,"
                + "oldestUnreciprocatedAgeDays");
        assertThat(csv.csvRows()).extracting(row -> row.get("contactId")).containsExactly("eve", "dee");
        assertThat(csv.csvRows().get(0)).containsEntry("balance", "-4.5").containsEntry("receivedCount", "1")
                                        .containsEntry("oldestUnreciprocatedAt", "2024-03-01T10:00:00Z")
                                        .containsEntry("lastGivenAt", "");
        assertThat(api.get(reciprocity("/owed-to-me"), HttpAnswer.CSV).csvRows())
                .extracting(row -> row.get("contactId")).containsExactly("cy", "bo");
    }

    @Test
    void emptyAccountsListTheAsksThatDrewOnThemAsJsonAndCsv() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(ask("a1", "me", "bo", MARCH),
                          ask("a2", "me", "bo", APRIL),
                          favor("f1", "me", "cy", 1, true, MARCH),
                          ask("a3", "me", "cy", APRIL),
                          answer("a2", AskOutcome.NO_RESPONSE, MAY));

        JsonNode accounts = awaitJson(reciprocity("/empty-accounts"), l -> l.path("contacts").size() == 1
                && l.path("contacts").get(0).path("asks").get(1).path("status").asText().equals("NO_RESPONSE"));

        JsonNode bo = accounts.path("contacts").get(0);
        assertThat(bo.path("contactId").asText()).isEqualTo("bo");
        assertThat(bo.path("asks").findValuesAsText("askId")).containsExactly("a1", "a2");
        assertThat(bo.path("asks").get(0).path("warnings").get(0).path("detail").asText())
                .startsWith("You had not done anything for bo before this ask on 2024-03-01");
        List<Map<String, String>> rows = api.get(reciprocity("/empty-accounts"), HttpAnswer.CSV).csvRows();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("contactId", "bo").containsEntry("asks", "2").containsEntry("askIds", "a1;a2")
                .containsEntry("askedOn", "2024-03-01;2024-04-01"));
    }

    @Test
    void theDontInvestListSaysWhyAsJsonAndCsv() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(favor("f1", "me", "bo", 2, true, Instant.parse("2024-01-10T10:00:00Z")),
                          favor("f2", "me", "bo", 2, true, Instant.parse("2024-02-01T10:00:00Z")),
                          ask("a1", "me", "bo", MARCH),
                          ask("a2", "me", "bo", MAY),
                          favor("f3", "me", "cy", 2, true, MARCH),
                          ask("a3", "me", "cy", APRIL),
                          answer("a3", AskOutcome.NO_RESPONSE, MAY),
                          answer("a1", AskOutcome.NO_RESPONSE, APRIL),
                          answer("a2", AskOutcome.DECLINED, MAY));

        JsonNode list = awaitJson(reciprocity("/dont-invest"), l -> l.path("contacts").size() == 1);

        JsonNode bo = list.path("contacts").get(0);
        assertThat(bo.path("contactId").asText()).isEqualTo("bo");
        assertThat(bo.path("favorsGiven").asInt()).isEqualTo(2);
        assertThat(bo.path("asksSince").findValuesAsText("askId")).containsExactly("a1", "a2");
        assertThat(bo.path("reasons")).extracting(JsonNode::asText).containsExactly(
                "You helped bo 2 times, last on 2024-02-01.",
                "Of your 2 asks since, on 2024-03-01 and 2024-05-01, 1 was declined and 1 went unanswered.",
                "Consider pausing new investment; nothing is owed.");
        List<Map<String, String>> rows = api.get(reciprocity("/dont-invest"), HttpAnswer.CSV).csvRows();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("contactId", "bo").containsEntry("asksSince", "2").containsEntry("askIds", "a1;a2")
                .containsEntry("lastGivenAt", "2024-02-01T10:00:00Z")
                .containsEntry("reasons", "You helped bo 2 times, last on 2024-02-01. Of your 2 asks since, on "
                        + "2024-03-01 and 2024-05-01, 1 was declined and 1 went unanswered. Consider pausing new "
                        + "investment; nothing is owed."));
    }

    @Test
    void everyListOfAnUnknownLedgerIsNotFoundAsJsonAndAsCsv() {
        for (String list : List.of("", "/owed-to-me", "/i-owe", "/empty-accounts", "/dont-invest")) {
            api.getAsJsonAndCsv(reciprocity(list)).forEach(answer -> answer.isProblem(404, "unknown-ledger"));
        }
    }

    @Test
    void oneBalanceIsNoListAndIsNotAnsweredAsCsv() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        awaitBalance("bo", 0, 0);

        HttpAnswer answer = api.get(reciprocity("/bo"), HttpAnswer.CSV);

        assertThat(answer.status()).isEqualTo(406);
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(favor("f1", "me", "bo", 2, true, MARCH));
        awaitBalance("bo", 1, 0);

        HttpAnswer anything = api.get(reciprocity("/owed-to-me"), MediaType.ALL);

        anything.isJson();
        assertThat(anything.json().path("contacts").size()).isEqualTo(1);
    }

    @Test
    void replayingTheProjectionRebuildsTheSameAnswers() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(favor("f1", "me", "bo", 4, false, Instant.parse("2024-01-15T10:00:00Z")),
                          favor("f2", "bo", "me", 1, true, APRIL),
                          favor("f3", "me", "cy", 1, true, FEB_10),
                          ask("a1", "me", "cy", MARCH), ask("a2", "me", "cy", APRIL),
                          answer("a1", AskOutcome.NO_RESPONSE, APRIL), answer("a2", AskOutcome.DECLINED, MAY),
                          ask("a3", "me", "bo", Instant.parse("2024-02-01T10:00:00Z")),
                          commitment("c1", "bo", "me", null, APRIL),
                          new FavorRetracted(ledgerId, "f2", "never happened", MAY),
                          new ContactsMerged(ledgerId, "bo", "cy", MAY));
        List<String> paths = List.of(reciprocity(""), reciprocity("/bo"), reciprocity("/cy"),
                                     reciprocity("/owed-to-me"), reciprocity("/i-owe"),
                                     reciprocity("/empty-accounts"), reciprocity("/dont-invest"));
        awaitJson(reciprocity(""), l -> l.path("balances").size() == 1
                && l.path("balances").get(0).path("given").path("count").asInt() == 2
                && l.path("balances").get(0).path("received").path("count").asInt() == 0);
        List<String> before = api.jsonBodies(paths);
        assertThat(before.get(6)).contains("\"contactId\":\"bo\"");

        readModels.replay(ReciprocityProjection.PROCESSING_GROUP);

        assertThat(api.jsonBodies(paths)).isEqualTo(before);
    }
}
