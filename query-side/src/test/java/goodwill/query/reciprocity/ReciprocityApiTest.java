package goodwill.query.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.storage.IsolatedStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/**
 * The query side end to end: events appended to the event store, as the command side would, are folded by
 * the tracking processor and read back over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
class ReciprocityApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");

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

    private FavorRecorded favor(String favorId, String giverId, String receiverId, int weight, boolean asked,
                                Instant occurredAt) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.REFERRAL, weight, asked,
                                 occurredAt, null, null, null);
    }

    private record Answer(int status, MediaType contentType, JsonNode body) {
    }

    private Answer get(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        try {
            return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(),
                              JSON.readTree(response.getBody()));
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }

    /** Waits until the projection has caught up as far as the answer shows. */
    private JsonNode awaitBalance(String contactId, int givenCount, int receivedCount) {
        String path = "/api/ledgers/" + ledgerId + "/reciprocity/" + contactId;
        return await().atMost(Duration.ofSeconds(30)).until(() -> get(path), answer -> answer.status() == 200
                && answer.body().path("given").path("count").asInt() == givenCount
                && answer.body().path("received").path("count").asInt() == receivedCount).body();
    }

    @Test
    void aBalanceShowsWhatMeGaveAndReceivedWeighted() {
        openLedgerWithContacts("bo");
        record(favor("f1", "me", "bo", 3, false, MARCH),
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
        openLedgerWithContacts("bo", "cy");
        record(favor("f1", "bo", "cy", 5, false, MARCH),
               favor("f2", "me", "cy", 1, true, APRIL));

        awaitBalance("cy", 1, 0);

        assertThat(awaitBalance("bo", 0, 0).path("balance").asDouble()).isZero();
    }

    @Test
    void theLedgersBalancesAreListedByContact() {
        openLedgerWithContacts("cy", "bo");
        record(favor("f1", "me", "cy", 2, true, MARCH));
        awaitBalance("cy", 1, 0);

        JsonNode listed = get("/api/ledgers/" + ledgerId + "/reciprocity").body();

        assertThat(listed.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(listed.path("meId").asText()).isEqualTo("me");
        assertThat(listed.path("balances").findValuesAsText("contactId")).containsExactly("bo", "cy");
        assertThat(listed.path("balances").get(1).path("balance").asDouble()).isEqualTo(2.0);
    }

    @Test
    void anUnknownLedgerIsNotFound() {
        Answer answer = get("/api/ledgers/" + ledgerId + "/reciprocity/bo");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.body().path("code").asText()).isEqualTo("unknown-ledger");
        assertThat(get("/api/ledgers/" + ledgerId + "/reciprocity").body().path("code").asText())
                .isEqualTo("unknown-ledger");
    }

    @Test
    void anUnknownContactIsNotFound() {
        openLedgerWithContacts("bo");
        awaitBalance("bo", 0, 0);

        Answer answer = get("/api/ledgers/" + ledgerId + "/reciprocity/nobody");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.body().path("code").asText()).isEqualTo("unknown-contact");
    }

    @Test
    void correctionsCountAsTheySayRetractionsAmendmentsAndMerges() {
        openLedgerWithContacts("bo", "cy");
        record(favor("f1", "me", "bo", 3, true, MARCH),
               favor("f2", "cy", "me", 2, true, MARCH),
               favor("f3", "me", "bo", 1, true, APRIL),
               new FavorAmended(ledgerId, "f1", "a1", null, null, null, 5, null, null, null, null, null, "typo", APRIL),
               new FavorRetracted(ledgerId, "f3", "never happened", APRIL),
               new ContactsMerged(ledgerId, "bo", "cy", APRIL),
               favor("f4", "cy", "me", 1, true, APRIL));

        JsonNode balance = awaitBalance("bo", 1, 2);

        assertThat(balance.path("given").path("weighted").asDouble()).isEqualTo(5.0);
        assertThat(balance.path("received").path("weighted").asDouble()).isEqualTo(3.0);
        assertThat(awaitBalance("cy", 0, 0).path("balance").asDouble()).isZero();
    }

    @Test
    void replayingTheProjectionRebuildsTheSameBalances() {
        openLedgerWithContacts("bo");
        record(favor("f1", "me", "bo", 4, false, MARCH),
               favor("f2", "bo", "me", 1, true, APRIL));
        JsonNode before = awaitBalance("bo", 1, 1);
        TrackingEventProcessor processor = processing
                .eventProcessor(ReciprocityProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying());
        assertThat(awaitBalance("bo", 1, 1)).isEqualTo(before);
    }
}
