package goodwill.query.advocacy;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.FavorKind;
import goodwill.events.IntroductionOutcome;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import goodwill.query.ReadModelCollections;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The advocate ranking end to end: events appended to the event store, as the command side would, are folded by the
 * tracking processor and read back over HTTP as JSON and CSV, scored on a moment fixed by the test's clock.
 */
@QuerySideTest
class AdvocacyApiTest extends EndToEndTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final Instant MAY = Instant.parse("2024-05-01T12:00:00Z");
    private static final Instant LAST_YEAR = NOW.minus(Duration.ofDays(365));

    @Autowired
    MongoDatabase database;

    private final LedgerEvents ledger = new LedgerEvents(ledgerId);

    AdvocacyApiTest() {
        super(NOW);
    }

    /**
     * bo (renamed Bo Chen) speaks for me again and again and introduced me to someone I then met; cy helped me
     * twice and took over ed's favor by a merge; di once, a little; fay did nothing. Eight events have settled when
     * the ranking shows it all.
     */
    private void recordNetwork() {
        readModels.record(ledger.opened(), ledger.contact("bo"), ledger.contact("cy"), ledger.contact("di"),
                          ledger.contact("ed"), ledger.contact("fay"),
                          new ContactDetailsChanged(ledgerId, "bo", "Bo Chen", null, null, null, null, null, MAY));
        for (int i = 1; i <= 4; i++) {
            readModels.record(ledger.favor("fb" + i, "bo", "me", FavorKind.REFERRAL, 5, false, null,
                                           MAY.plus(Duration.ofDays(i))));
        }
        readModels.record(ledger.favor("fb5", "bo", "me", FavorKind.ADVICE, 2, true, null, LAST_YEAR),
                          ledger.introduction("i1", "bo", "me", "di", MAY),
                          ledger.outcome("i1", "o1", IntroductionOutcome.MET, NOW),
                          ledger.commitment("c1", "bo", "me", MAY), ledger.kept("c1", MAY),
                          ledger.favor("fc1", "cy", "me", FavorKind.ADVICE, 4, true, null, NOW),
                          ledger.favor("fc2", "cy", "me", FavorKind.ADVICE, 2, true, null, NOW),
                          ledger.favor("fe1", "ed", "me", FavorKind.RESOURCE, 2, true, null, NOW),
                          ledger.merged("ed", "cy", NOW),
                          ledger.favor("fd1", "di", "me", FavorKind.ADVICE, 1, true, null, NOW));
    }

    private HttpAnswer get(String path, MediaType accept) {
        return api.get(ledgerPath("/advocates" + path), accept);
    }

    /**
     * Waits until the projection has handled everything recorded: a batch writes its collections one after another,
     * so a view read mid-batch may show di's favor before the merge that precedes it.
     */
    private JsonNode awaitNetwork() {
        readModels.awaitCaughtUp(AdvocacyProjection.PROCESSING_GROUP);
        return get("", MediaType.APPLICATION_JSON).json();
    }

    private static JsonNode entry(JsonNode view, String contactId) {
        for (JsonNode advocate : view.path("advocates")) {
            if (advocate.path("contactId").asText().equals(contactId)) {
                return advocate;
            }
        }
        throw new AssertionError(contactId + " is not in " + view);
    }

    private static double points(JsonNode entry, String factor) {
        for (JsonNode row : entry.path("breakdown")) {
            if (row.path("factor").asText().equals(factor)) {
                return row.path("points").asDouble();
            }
        }
        throw new AssertionError(factor + " is not in " + entry);
    }

    @Test
    void theRankingListsEveryContactButMeAndTheMergedHighestScoreFirstWithItsBreakdownAndWhy() {
        recordNetwork();

        JsonNode view = awaitNetwork();

        assertThat(view.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(view.path("asOf").asText()).isEqualTo("2024-06-01T12:00:00Z");
        assertThat(view.path("formula").path("version").asInt()).isEqualTo(AdvocacyFormula.VERSION);
        assertThat(view.path("formula").path("halfLifeDays").asDouble()).isEqualTo(365.0);
        assertThat(view.path("notice").isNull()).isTrue();
        assertThat(view.path("total").asInt()).isEqualTo(4);
        assertThat(view.path("offset").asInt()).isZero();
        assertThat(view.path("limit").asInt()).isEqualTo(50);
        assertThat(view.path("advocates").findValuesAsText("contactId")).containsExactly("bo", "cy", "di", "fay");
        assertThat(view.path("advocates").findValuesAsText("rank")).containsExactly("1", "2", "3", "4");
        assertThat(view.path("advocates").findValuesAsText("tier"))
                .containsExactly("ADVOCATE", "ALLY", "ACQUAINTANCE", "ACQUAINTANCE");

        JsonNode bo = entry(view, "bo");
        assertThat(bo.path("name").asText()).isEqualTo("Bo Chen");
        assertThat(bo.path("commitmentsKept").asInt()).isEqualTo(1);
        assertThat(bo.path("reliability").asDouble()).isEqualTo(1.17);
        assertThat(bo.path("breakdown").findValuesAsText("factor")).containsExactly(
                "ON_MY_BEHALF", "FAVOR_FOR_ME", "INTRODUCED_ME", "INTRODUCTION_LED_SOMEWHERE", "RELIABILITY");
        assertThat(bo.path("breakdown").findValuesAsText("count")).containsExactly("4", "1", "1", "1", "1");
        assertThat(points(bo, "FAVOR_FOR_ME")).isEqualTo(1.0);
        assertThat(points(bo, "INTRODUCTION_LED_SOMEWHERE")).isEqualTo(2.0);
        double sum = 0;
        for (JsonNode row : bo.path("breakdown")) {
            sum += row.path("points").asDouble();
        }
        assertThat(bo.path("score").asDouble()).isCloseTo(sum, offset(0.03));
        assertThat(bo.path("why").asText()).startsWith("An advocate: acted on my behalf 4 times, introduced me once")
                                           .contains("kept 1 of 1 promises");

        JsonNode cy = entry(view, "cy");
        assertThat(cy.path("score").asDouble()).isEqualTo(8.0);
        assertThat(cy.path("breakdown").get(1).path("count").asInt()).as("ed's favor too").isEqualTo(3);
        assertThat(entry(view, "di").path("score").asDouble()).isEqualTo(1.0);
        assertThat(entry(view, "fay").path("why").asText()).isEqualTo("An acquaintance: has done nothing for me yet.");
    }

    @Test
    void oneContactsEntryHasTheEventsBehindItsScoreNewestFirst() {
        recordNetwork();
        JsonNode ranking = awaitNetwork();

        HttpAnswer answer = get("/bo", MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode bo = answer.json();
        assertThat(bo.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(bo.path("formula").path("version").asInt()).isEqualTo(AdvocacyFormula.VERSION);
        assertThat(bo.path("rank").asInt()).isEqualTo(1);
        assertThat(bo.path("score")).isEqualTo(entry(ranking, "bo").path("score"));
        assertThat(bo.path("breakdown")).isEqualTo(entry(ranking, "bo").path("breakdown"));
        JsonNode events = bo.path("events");
        assertThat(events.findValuesAsText("id")).containsExactly("i1", "fb4", "fb3", "fb2", "fb1", "c1", "i1", "fb5");
        assertThat(events.findValuesAsText("type")).containsExactly(
                "IntroductionOutcomeRecorded", "FavorRecorded", "FavorRecorded", "FavorRecorded", "FavorRecorded",
                "CommitmentKept", "IntroductionMade", "FavorRecorded");
        JsonNode referral = events.get(1);
        assertThat(referral.path("factor").asText()).isEqualTo("ON_MY_BEHALF");
        assertThat(referral.path("occurredAt").asText()).isEqualTo("2024-05-05T12:00:00Z");
        assertThat(referral.path("points").asDouble()).isEqualTo(15.0);
        assertThat(referral.path("decayedPoints").asDouble()).isEqualTo(14.25);
        JsonNode lastYear = events.get(7);
        assertThat(lastYear.path("factor").asText()).isEqualTo("FAVOR_FOR_ME");
        assertThat(lastYear.path("points").asDouble()).isEqualTo(2.0);
        assertThat(lastYear.path("decayedPoints").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theRankingAsCsvHasOneRowPerContactWithTheFormulaVersionAndTheMainFactors() {
        recordNetwork();
        JsonNode ranking = awaitNetwork();

        HttpAnswer csv = get("", HttpAnswer.CSV);

        csv.isCsv("rank,contactId,name,tier,score,formulaVersion,onMyBehalf,"
                + "favorForMe,introducedMe,introductionLedSomewhere,reliability,archived");
        List<Map<String, String>> rows = csv.csvRows();
        assertThat(rows).extracting(row -> row.get("contactId")).containsExactly("bo", "cy", "di", "fay");
        assertThat(rows.get(0)).containsEntry("rank", "1").containsEntry("name", "Bo Chen")
                               .containsEntry("tier", "ADVOCATE").containsEntry("formulaVersion", "1")
                               .containsEntry("score", entry(ranking, "bo").path("score").asText())
                               .containsEntry("favorForMe", "1.0").containsEntry("introducedMe", "5.66");
        assertThat(rows.get(1)).containsEntry("score", "8.0").containsEntry("favorForMe", "8.0")
                               .containsEntry("reliability", "0.0");
    }

    @Test
    void aTierAndAPageNarrowTheListButKeepTheRanksAndTheTotal() {
        recordNetwork();
        awaitNetwork();

        JsonNode acquaintances = get("?tier=acquaintance", MediaType.APPLICATION_JSON).json();
        assertThat(acquaintances.path("total").asInt()).isEqualTo(2);
        assertThat(acquaintances.path("advocates").findValuesAsText("contactId")).containsExactly("di", "fay");
        assertThat(acquaintances.path("advocates").findValuesAsText("rank")).containsExactly("3", "4");

        JsonNode second = get("?offset=1&limit=1", MediaType.APPLICATION_JSON).json();
        assertThat(second.path("total").asInt()).isEqualTo(4);
        assertThat(second.path("offset").asInt()).isEqualTo(1);
        assertThat(second.path("limit").asInt()).isEqualTo(1);
        assertThat(second.path("advocates").findValuesAsText("contactId")).containsExactly("cy");

        JsonNode beyond = get("?tier=ADVOCATE&offset=5", MediaType.APPLICATION_JSON).json();
        assertThat(beyond.path("total").asInt()).isEqualTo(1);
        assertThat(beyond.path("advocates")).isEmpty();
    }

    @Test
    void anUnknownLedgerIsNotFoundAsJsonAndAsCsv() {
        api.getAsJsonAndCsv(ledgerPath("/advocates")).forEach(answer -> answer.isProblem(404, "unknown-ledger"));
        assertThat(get("/bo", MediaType.APPLICATION_JSON).json().path("code").asText()).isEqualTo("unknown-ledger");
    }

    @Test
    void anUnknownContactMeAndAMergedContactAreNotFoundEachSayingWhy() {
        recordNetwork();
        awaitNetwork();

        get("/nobody", MediaType.APPLICATION_JSON).isProblem(404, "unknown-contact");

        HttpAnswer merged = get("/ed", MediaType.APPLICATION_JSON);
        assertThat(merged.status()).isEqualTo(404);
        assertThat(merged.json().path("code").asText()).isEqualTo("merged-contact");
        assertThat(merged.json().path("detail").asText()).contains("'cy'");

        HttpAnswer me = get("/me", MediaType.APPLICATION_JSON);
        assertThat(me.status()).isEqualTo(404);
        assertThat(me.json().path("code").asText()).isEqualTo("not-ranked");
    }

    @Test
    void everyBadParameterIsABadRequestNamingItAndWhatItAllows() {
        readModels.record(ledger.opened());
        api.awaitJson(ledgerPath("/advocates"), opened -> true);

        Map<String, String> codes = Map.of("?tier=HERO", "tier", "?offset=-1", "offset", "?offset=one", "offset",
                                           "?limit=0", "limit", "?limit=501", "limit", "?limit=ten", "limit");
        codes.forEach((query, parameter) -> {
            for (HttpAnswer answer : api.getAsJsonAndCsv(ledgerPath("/advocates" + query))) {
                answer.isProblem(400, "invalid-" + parameter);
                assertThat(answer.json().path("parameter").asText()).isEqualTo(parameter);
                assertThat(answer.json().path("allowed").isArray()).isTrue();
            }
        });
        JsonNode tier = get("?tier=HERO", MediaType.APPLICATION_JSON).json();
        assertThat(tier.path("allowed")).extracting(JsonNode::asText)
                .containsExactly("ADVOCATE", "ALLY", "ACQUAINTANCE", "DORMANT");
        assertThat(tier.path("detail").asText()).contains("HERO", "ADVOCATE, ALLY, ACQUAINTANCE, DORMANT");
        assertThat(get("?limit=501", MediaType.APPLICATION_JSON).json().path("detail").asText()).contains("1 to 500");
    }

    @Test
    void factsSelectedByAnotherVersionAreStillRankedWithANoticeToReplay() {
        recordNetwork();
        JsonNode current = awaitNetwork();
        database.getCollection(ReadModelCollections.ADVOCACY_LEDGERS, Document.class)
                .updateOne(eq("_id", ledgerId), Updates.set("version", 0));

        JsonNode stale = get("", MediaType.APPLICATION_JSON).json();

        assertThat(stale.path("advocates")).isEqualTo(current.path("advocates"));
        assertThat(stale.path("notice").asText()).contains("version 0", "version " + AdvocacyFormula.VERSION,
                                                           "replay", "advocacy");
        assertThat(get("/bo", MediaType.APPLICATION_JSON).json().path("notice").asText()).contains("replay");
    }

    @Test
    void replayingTheProjectionRebuildsTheSameRanking() {
        recordNetwork();
        JsonNode before = awaitNetwork();
        JsonNode boBefore = get("/bo", MediaType.APPLICATION_JSON).json();

        readModels.replay(AdvocacyProjection.PROCESSING_GROUP);

        assertThat(awaitNetwork()).isEqualTo(before);
        assertThat(get("/bo", MediaType.APPLICATION_JSON).json()).isEqualTo(boBefore);
    }
}
