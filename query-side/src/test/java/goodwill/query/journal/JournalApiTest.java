package goodwill.query.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.ContactAdded;
import goodwill.events.EventMetaData;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The journal end to end: events appended to the event store with their metadata and recording times, as
 * the command side would, are read back over HTTP in order, filtered and paged.
 */
@QuerySideTest
class JournalApiTest extends EndToEndTest {

    /** When the ledger was told of each thing, a second apart: recording times the test can name. */
    private final Instant recorded = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Instant recordedAt(int second) {
        return recorded.plusSeconds(second);
    }

    /** Appends an event as its own aggregate's first, recorded at the given second, by ana in request r-1. */
    private void record(int second, LedgerEvent event) {
        readModels.recordAt(recordedAt(second), Map.of(EventMetaData.RECORDED_BY, "ana",
                                                       EventMetaData.CORRELATION_ID, "r-" + second), event);
    }

    private FavorRecorded favor(String favorId, String giverId, String receiverId, Instant occurredAt) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.ADVICE, 2, true, occurredAt,
                                 null, null, null);
    }

    /**
     * The story: f0 happened in February but was recorded after f1 (March); the retraction of f1 comes last.
     * Three entries share the ledger's opening, on the first of January, as their time of occurrence.
     */
    private void recordTheStory() {
        record(0, new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED));
        record(1, contact("bo"));
        record(2, contact("cy"));
        record(3, favor("f1", "me", "bo", MARCH));
        record(5, favor("f0", "bo", "me", FEBRUARY));
        record(6, new FavorRetracted(ledgerId, "f1", "never happened", APRIL));
        awaitJournal(6);
    }

    private ContactAdded contact(String contactId) {
        return new ContactAdded(ledgerId, contactId, contactId, null, null, null, List.of(), null, OPENED);
    }

    private HttpAnswer get(String query, MediaType accept) {
        return api.get(ledgerPath("/journal" + query), accept);
    }

    private HttpAnswer get(String query) {
        return get(query, MediaType.APPLICATION_JSON);
    }

    /** The field of every entry on the page. */
    private static List<String> entries(HttpAnswer answer, String field) {
        List<String> values = new ArrayList<>();
        answer.json().path("entries").forEach(entry -> values.add(entry.path(field).asText()));
        return values;
    }

    private void awaitJournal(int entries) {
        readModels.awaitCaughtUp(JournalProjection.PROCESSING_GROUP);
        api.awaitJson(ledgerPath("/journal"), journal -> journal.path("entries").size() == entries);
    }

    private static List<String> summaryIds(HttpAnswer answer) {
        List<String> ids = new ArrayList<>();
        answer.json().path("entries").forEach(entry -> ids.add(entry.path("summary").path("favorId").asText(
                entry.path("summary").path("contactId").asText(entry.path("type").asText()))));
        return ids;
    }

    @Test
    void theJournalListsEveryEventNewestFirstByWhenItHappened() {
        recordTheStory();

        HttpAnswer answer = get("");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(summaryIds(answer)).containsExactly("f1", "f1", "f0", "cy", "bo", "LedgerOpened");
        assertThat(entries(answer, "type")).containsExactly("FavorRetracted", "FavorRecorded", "FavorRecorded",
                                                       "ContactAdded", "ContactAdded", "LedgerOpened");
        assertThat(answer.json().path("nextCursor").isNull()).isTrue();
        JsonNode retraction = answer.json().path("entries").get(0);
        assertThat(retraction.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(retraction.path("occurredAt").asText()).isEqualTo("2024-04-01T10:00:00Z");
        assertThat(Instant.parse(retraction.path("recordedAt").asText())).isEqualTo(recordedAt(6));
        assertThat(retraction.path("recordedBy").asText()).isEqualTo("ana");
        assertThat(retraction.path("correlationId").asText()).isEqualTo("r-6");
        assertThat(retraction.path("corrects").asText()).isEqualTo("favor:f1");
        assertThat(retraction.path("summary").path("reason").asText()).isEqualTo("never happened");
        assertThat(retraction.path("eventId").asText()).isNotBlank();
        JsonNode favor = answer.json().path("entries").get(1);
        assertThat(favor.path("parties").toString()).isEqualTo("[\"me\",\"bo\"]");
        assertThat(favor.path("position").asLong()).isLessThan(retraction.path("position").asLong());
    }

    @Test
    void onTheRecordedBasisAnEarlyEventRecordedLateComesFirst() {
        recordTheStory();

        HttpAnswer answer = get("?basis=recorded");

        assertThat(summaryIds(answer)).containsExactly("f1", "f0", "f1", "cy", "bo", "LedgerOpened");
        assertThat(entries(answer, "type").get(0)).isEqualTo("FavorRetracted");
    }

    @Test
    void aContactsEntriesAreThoseNamingThem() {
        recordTheStory();

        assertThat(summaryIds(get("?contact=bo"))).containsExactly("f1", "f0", "bo");
        assertThat(summaryIds(get("?contact=nobody"))).isEmpty();
    }

    @Test
    void eachPageNamesEveryTypeItMayBeFilteredBy() {
        recordTheStory();

        List<String> types = new ArrayList<>();
        get("").json().path("types").forEach(type -> types.add(type.asText()));

        assertThat(types).isEqualTo(Journal.TYPES).contains("FavorRetracted", "MemberAdded");
    }

    @Test
    void typesFilterTheEntriesWhetherRepeatedOrCommaSeparated() {
        recordTheStory();

        assertThat(entries(get("?type=FavorRetracted&type=ContactAdded"), "type"))
                .containsExactly("FavorRetracted", "ContactAdded", "ContactAdded");
        assertThat(entries(get("?type=LedgerOpened,FavorRetracted"), "type"))
                .containsExactly("FavorRetracted", "LedgerOpened");
    }

    @Test
    void fromIsInclusiveAndToExclusiveOnTheTimeOfOccurrence() {
        recordTheStory();

        assertThat(summaryIds(get("?from=2024-02-01T10:00:00Z&to=2024-04-01T10:00:00Z")))
                .containsExactly("f1", "f0");
        assertThat(entries(get("?from=2024-03-02T00:00:00Z"), "type")).containsExactly("FavorRetracted");
    }

    @Test
    void fromAndToOnTheRecordedBasisAreRecordingTimes() {
        recordTheStory();

        assertThat(summaryIds(get("?basis=recorded&from=" + recordedAt(3) + "&to=" + recordedAt(6))))
                .containsExactly("f0", "f1");
    }

    @Test
    void pagingThroughACursorMissesNothingAndRepeatsNothingOnEitherBasis() {
        recordTheStory();
        for (String basis : List.of("occurred", "recorded")) {
            List<String> all = entries(get("?basis=" + basis), "eventId");
            List<String> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                HttpAnswer page = get("?basis=" + basis + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.json().path("entries").size()).isLessThanOrEqualTo(2);
                paged.addAll(entries(page, "eventId"));
                cursor = page.json().path("nextCursor").isNull() ? null : page.json().path("nextCursor").asText();
                pages++;
            } while (cursor != null);

            assertThat(paged).as(basis).containsExactlyElementsOf(all).doesNotHaveDuplicates().hasSize(6);
            assertThat(pages).isEqualTo(3);
        }
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerEntry() {
        recordTheStory();

        HttpAnswer csv = get("?contact=bo&limit=2", HttpAnswer.CSV);

        csv.isCsv();
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("position,type,occurredAt,recordedAt,recordedBy,parties,corrects");
        assertThat(lines.get(1)).matches("\\d+,FavorRecorded,2024-03-01T10:00:00Z,.+,ana,me bo,");
        assertThat(lines.get(2)).matches("\\d+,FavorRecorded,2024-02-01T10:00:00Z,.+,ana,bo me,");
        assertThat(csv.headers().getFirst("Next-Cursor")).isNotBlank();
    }

    @Test
    void aRetractedFavorListsItsRetractionWhichLinksBackAndEitherEntryIsFoundByItsId() {
        recordTheStory();
        JsonNode retraction = get("?type=FavorRetracted").json().path("entries").get(0);
        String favorEventId = retraction.path("correctsEventId").asText();

        HttpAnswer favor = get("/" + favorEventId);

        assertThat(favor.status()).isEqualTo(200);
        assertThat(favor.json().path("summary").path("favorId").asText()).isEqualTo("f1");
        assertThat(favor.json().path("correctedBy").get(0).path("eventId").asText())
                .isEqualTo(retraction.path("eventId").asText());
        assertThat(favor.json().path("correctedBy").get(0).path("type").asText()).isEqualTo("FavorRetracted");
        assertThat(get("/" + retraction.path("eventId").asText()).json()).isEqualTo(retraction);
    }

    @Test
    void anUnknownEventOrAnEventOfAnUnknownLedgerIsNotFound() {
        recordTheStory();
        String someEventId = get("").json().path("entries").get(0).path("eventId").asText();

        get("/no-such-event").isProblem(404, "unknown-event");
        api.get("/api/ledgers/nobody/journal/" + someEventId).isProblem(404, "unknown-ledger");
    }

    @Test
    void anUnknownLedgerIsNotFound() {
        get("").isProblem(404, "unknown-ledger");
    }

    @Test
    void anyOtherAcceptGetsJsonAndAnUnknownLedgerIsAProblemForCsvToo() {
        assertThat(get("", MediaType.ALL).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        HttpAnswer csv = get("", HttpAnswer.CSV);
        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.json().path("code").asText()).isEqualTo("unknown-ledger");

        recordTheStory();
        HttpAnswer any = get("", MediaType.ALL);
        any.isJson();
        assertThat(any.json().path("entries").size()).isEqualTo(6);
    }

    private void assertInvalid(String query, String parameter) {
        HttpAnswer answer = get(query);
        answer.isProblem(400, "invalid-query");
        assertThat(answer.json().path("errors").findValuesAsText("parameter")).as(query).containsExactly(parameter);
    }

    @Test
    void anUnknownTypeIsABadRequestNamingTheKnownOnes() {
        recordTheStory();

        assertInvalid("?type=FavorRecorded&type=FavourRecorded", "type");
        assertThat(get("?type=Nope").json().path("allowedTypes").toString())
                .contains("\"LedgerOpened\"", "\"FavorRecorded\"", "\"AskAnswered\"");
    }

    @Test
    void badCursorsLimitsDatesAndBasesAreBadRequests() {
        recordTheStory();
        String recordedCursor = get("?basis=recorded&limit=1").json().path("nextCursor").asText();

        assertInvalid("?cursor=not-a-cursor", "cursor");
        assertInvalid("?cursor=" + recordedCursor, "cursor");
        assertInvalid("?limit=0", "limit");
        assertInvalid("?limit=501", "limit");
        assertInvalid("?limit=many", "limit");
        assertInvalid("?from=yesterday", "from");
        assertInvalid("?to=2024-13-01T00:00:00Z", "to");
        assertInvalid("?from=2024-03-01T00:00:00Z&to=2024-02-01T00:00:00Z", "to");
        assertInvalid("?basis=someday", "basis");
        // Times no date computation or codec handles are refused, not passed on (they once answered 500).
        assertInvalid("?from=-999999999-01-01T00:00:00Z", "from");
        assertInvalid("?to=%2B999999999-12-31T00:00:00Z", "to");
        String farCursor = Base64.getUrlEncoder().withoutPadding()
                                 .encodeToString("OCCURRED|-999999999-01-01T00:00:00Z|1".getBytes(StandardCharsets.UTF_8));
        assertInvalid("?cursor=" + farCursor, "cursor");
        assertThat(get("?limit=500").status()).isEqualTo(200);
        assertThat(get("?from=0000-01-01T00:00:00Z&to=9999-12-31T23:59:59Z").status()).isEqualTo(200);
    }

    @Test
    void aBadRequestForCsvIsStillAProblem() {
        recordTheStory();

        HttpAnswer answer = get("?limit=0", HttpAnswer.CSV);

        answer.isProblem(400);
    }

    @Test
    void replayingTheJournalRebuildsTheSameEntries() {
        recordTheStory();
        String before = get("").json().path("entries").toString();

        readModels.replay(JournalProjection.PROCESSING_GROUP);

        awaitJournal(6);
        assertThat(get("").json().path("entries").toString()).isEqualTo(before);
    }
}
