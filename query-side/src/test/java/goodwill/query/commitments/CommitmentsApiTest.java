package goodwill.query.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.ReadModelTesting;
import goodwill.storage.IsolatedStorage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/**
 * Commitments end to end: events appended to the event store, as the command side would, are folded by the
 * tracking processor and read back over HTTP as JSON and CSV, on a day fixed by the test's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
class CommitmentsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType CSV = new MediaType("text", "csv");
    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");
    /** Today, for every request of this test: late in the evening, so that a day in another zone would show. */
    private static final Instant NOW = Instant.parse("2024-03-20T23:30:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedDay {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate http;
    @Autowired
    EventProcessingConfiguration processing;

    private String ledgerId;

    @BeforeEach
    void newLedger() {
        ledgerId = "l-" + UUID.randomUUID();
    }

    /** Appends each event as its own aggregate's first, the way the command side records them. */
    private void record(LedgerEvent... events) {
        for (LedgerEvent event : events) {
            eventStore.publish(new GenericDomainEventMessage<>(event.getClass().getSimpleName(),
                                                               UUID.randomUUID().toString(), 0, event));
        }
    }

    private void openLedgerWithContacts(String... contactIds) {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED));
        for (String contactId : contactIds) {
            record(new ContactAdded(ledgerId, contactId, contactId, null, null, null, List.of(), null, OPENED));
        }
    }

    private CommitmentMade made(String commitmentId, String promiserId, String promiseeId, String dueOn) {
        return new CommitmentMade(ledgerId, commitmentId, promiserId, promiseeId, "intro to " + promiseeId,
                                  dueOn == null ? null : LocalDate.parse(dueOn), MARCH);
    }

    private record Answer(int status, MediaType contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    private Answer get(String query, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        ResponseEntity<String> response = http.exchange("/api/ledgers/" + ledgerId + "/commitments" + query,
                                                        HttpMethod.GET, new HttpEntity<>(headers), String.class);
        return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(), response.getBody());
    }

    /** Waits until the projection has caught up as far as the number of resolved commitments shows. */
    private JsonNode awaitCommitments(int count, int resolved) {
        ReadModelTesting.awaitCaughtUp(eventStore, processing, CommitmentsProjection.PROCESSING_GROUP);
        return await().atMost(Duration.ofSeconds(30)).until(() -> get("", MediaType.APPLICATION_JSON), answer ->
                answer.status() == 200 && answer.json().path("commitments").size() == count
                        && answer.json().path("commitments").findValuesAsText("status").stream()
                                 .filter(status -> !status.equals("OPEN")).count() == resolved).json();
    }

    private static List<String> ids(JsonNode view) {
        return view.path("commitments").findValuesAsText("commitmentId");
    }

    @Test
    void commitmentsAreListedByDueDayWithTheirResolutionAndOverdueAsOfToday() {
        openLedgerWithContacts("bo", "cy");
        record(made("c1", "me", "bo", "2024-03-25"),
               made("c2", "bo", "me", "2024-03-10"),
               made("c3", "me", "cy", null),
               made("c4", "cy", "me", "2024-03-20"),
               made("c5", "me", "bo", "2024-03-01"),
               new CommitmentKept(ledgerId, "c5", "f1", APRIL));

        JsonNode view = awaitCommitments(5, 1);

        assertThat(view.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(view.path("meId").asText()).isEqualTo("me");
        assertThat(ids(view)).containsExactly("c5", "c2", "c4", "c1", "c3");
        JsonNode kept = view.path("commitments").get(0);
        assertThat(kept.path("status").asText()).isEqualTo("KEPT");
        assertThat(kept.path("resolvedAt").asText()).isEqualTo("2024-04-01T10:00:00Z");
        assertThat(kept.path("favorId").asText()).isEqualTo("f1");
        assertThat(kept.path("overdue").asBoolean()).isFalse();
        JsonNode late = view.path("commitments").get(1);
        assertThat(late.path("promiserId").asText()).isEqualTo("bo");
        assertThat(late.path("promiseeId").asText()).isEqualTo("me");
        assertThat(late.path("what").asText()).isEqualTo("intro to me");
        assertThat(late.path("dueOn").asText()).isEqualTo("2024-03-10");
        assertThat(late.path("madeAt").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(late.path("overdue").asBoolean()).isTrue();
        assertThat(view.path("commitments").get(2).path("overdue").asBoolean()).as("due today").isFalse();
        assertThat(view.path("commitments").get(4).path("dueOn").isNull()).isTrue();
    }

    @Test
    void keptRatesCountKeptOverKeptAndBrokenForMeAndEveryPromiser() {
        openLedgerWithContacts("bo", "cy");
        record(made("c1", "bo", "me", null), new CommitmentKept(ledgerId, "c1", null, APRIL),
               made("c2", "bo", "me", null), new CommitmentBroken(ledgerId, "c2", APRIL),
               made("c3", "bo", "cy", null), new CommitmentReleased(ledgerId, "c3", APRIL),
               made("c4", "cy", "me", "2024-03-01"));

        JsonNode rates = awaitCommitments(4, 3).path("keptRates");

        assertThat(rates.findValuesAsText("personId")).containsExactly("me", "bo", "cy");
        assertThat(rates.get(0).path("keptRate").isNull()).isTrue();
        JsonNode bo = rates.get(1);
        assertThat(bo.path("kept").asInt()).isEqualTo(1);
        assertThat(bo.path("broken").asInt()).isEqualTo(1);
        assertThat(bo.path("released").asInt()).isEqualTo(1);
        assertThat(bo.path("open").asInt()).isZero();
        assertThat(bo.path("keptRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.get(2).path("open").asInt()).isEqualTo(1);
    }

    @Test
    void theStatusAndPersonFiltersNarrowTheListAndThePersonTheRates() {
        openLedgerWithContacts("bo", "cy", "di");
        record(made("c1", "me", "bo", "2024-03-01"),
               made("c2", "cy", "me", "2024-03-01"), new CommitmentBroken(ledgerId, "c2", APRIL),
               made("c3", "di", "me", "2024-03-02"), new CommitmentKept(ledgerId, "c3", null, APRIL),
               new ContactsMerged(ledgerId, "cy", "di", APRIL));
        awaitCommitments(3, 2);

        assertThat(ids(get("?status=OVERDUE", MediaType.APPLICATION_JSON).json())).containsExactly("c1");
        assertThat(ids(get("?status=broken", MediaType.APPLICATION_JSON).json())).containsExactly("c2");
        JsonNode cy = get("?person=di", MediaType.APPLICATION_JSON).json();
        assertThat(ids(cy)).containsExactly("c2", "c3");
        assertThat(cy.path("commitments").findValuesAsText("promiserId")).containsOnly("cy");
        assertThat(cy.path("keptRates").findValuesAsText("personId")).containsExactly("cy");
        assertThat(cy.path("keptRates").get(0).path("keptRate").asDouble()).isEqualTo(0.5);
        JsonNode bo = get("?person=bo&status=KEPT", MediaType.APPLICATION_JSON).json();
        assertThat(ids(bo)).isEmpty();
        assertThat(bo.path("keptRates").get(0).path("keptRate").isNull()).isTrue();
    }

    @Test
    void theCommitmentsAsCsvHaveAHeaderRowAndOneRowEach() {
        openLedgerWithContacts("bo");
        record(made("c1", "me", "bo", "2024-03-01"), made("c2", "bo", "me", null),
               new CommitmentReleased(ledgerId, "c2", APRIL));
        awaitCommitments(2, 1);

        Answer csv = get("", CSV);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType().isCompatibleWith(CSV)).isTrue();
        assertThat(csv.body().lines().findFirst()).contains(
                "ledgerId,commitmentId,promiserId,promiseeId,what,dueOn,madeAt,status,resolvedAt,favorId,overdue");
        List<Map<String, String>> rows = csvRows(csv.body());
        assertThat(rows).extracting(row -> row.get("commitmentId")).containsExactly("c1", "c2");
        assertThat(rows.get(0)).containsEntry("dueOn", "2024-03-01").containsEntry("status", "OPEN")
                               .containsEntry("overdue", "true").containsEntry("madeAt", "2024-03-01T10:00:00Z");
        assertThat(rows.get(1)).containsEntry("status", "RELEASED").containsEntry("dueOn", "")
                               .containsEntry("resolvedAt", "2024-04-01T10:00:00Z").containsEntry("overdue", "false");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        openLedgerWithContacts("bo");
        record(made("c1", "me", "bo", "2024-03-01"));
        awaitCommitments(1, 0);

        Answer anything = get("", MediaType.ALL);

        assertThat(anything.status()).isEqualTo(200);
        assertThat(anything.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(ids(anything.json())).containsExactly("c1");
    }

    private static List<Map<String, String>> csvRows(String csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError("Not CSV: " + csv, e);
        }
    }

    @Test
    void anUnknownLedgerIsNotFoundAsJsonAndAsCsv() {
        for (MediaType accept : List.of(MediaType.APPLICATION_JSON, CSV)) {
            Answer answer = get("", accept);

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.json().path("code").asText()).isEqualTo("unknown-ledger");
        }
    }

    @Test
    void anUnknownPersonIsNotFound() {
        openLedgerWithContacts("bo");
        awaitCommitments(0, 0);

        Answer answer = get("?person=nobody", MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.json().path("code").asText()).isEqualTo("unknown-contact");
    }

    @Test
    void aStatusThatIsNoneOfTheAllowedIsABadRequestNamingThem() {
        openLedgerWithContacts("bo");
        awaitCommitments(0, 0);

        Answer answer = get("?status=LATE", MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.json().path("code").asText()).isEqualTo("invalid-status");
        assertThat(answer.json().path("allowed")).extracting(JsonNode::asText)
                .containsExactly("OPEN", "KEPT", "BROKEN", "RELEASED", "OVERDUE");
        assertThat(answer.json().path("detail").asText()).contains("LATE", "OPEN, KEPT, BROKEN, RELEASED, OVERDUE");
    }

    @Test
    void replayingTheProjectionRebuildsTheSameCommitments() {
        openLedgerWithContacts("bo");
        record(made("c1", "me", "bo", "2024-03-01"), new CommitmentKept(ledgerId, "c1", null, APRIL),
               made("c2", "bo", "me", null));
        JsonNode before = awaitCommitments(2, 1);
        TrackingEventProcessor processor = processing
                .eventProcessor(CommitmentsProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying());
        assertThat(awaitCommitments(2, 1)).isEqualTo(before);
    }
}
