package goodwill.query.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.query.ReadModelTesting;
import goodwill.storage.IsolatedStorage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/**
 * The contacts directory end to end: events appended to the event store, as the command side would, are folded
 * by the tracking processor and read back over HTTP as JSON and CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
class ContactsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2024-02-01T10:00:00Z");
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

    private ContactAdded contact(String contactId, String displayName) {
        return new ContactAdded(ledgerId, contactId, displayName, "Acme", null, null, List.of("work", "tech"), null,
                                FEB);
    }

    private FavorRecorded favor(String favorId, String giverId, String receiverId, Instant occurredAt) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.REFERRAL, 2, true, occurredAt,
                                 null, null, null);
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

    private Answer get(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(), response.getBody());
    }

    private String contacts(String query) {
        return "/api/ledgers/" + ledgerId + "/contacts" + query;
    }

    /** Waits until the projection has caught up as far as the contact's last interaction shows. */
    private JsonNode awaitDirectory(String query, String contactId, String lastInteractionAt) {
        ReadModelTesting.awaitCaughtUp(eventStore, processing, ContactsProjection.PROCESSING_GROUP);
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> get(contacts(query), MediaType.APPLICATION_JSON),
                answer -> answer.status() == 200 && answer.json().path("contacts").findParents("contactId").stream()
                        .anyMatch(c -> c.path("contactId").asText().equals(contactId)
                                && c.path("lastInteractionAt").asText("").equals(lastInteractionAt))).json();
    }

    @Test
    void theDirectoryListsLiveContactsMeIncludedByDisplayName() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED),
               contact("zed", "Zed Ward"), contact("bo", "bo Chen"), contact("cy", "Cy Diaz"),
               new ContactDetailsChanged(ledgerId, "cy", "Carla Diaz", null, "CTO", null, null, null, MARCH),
               favor("f1", "me", "bo", MARCH),
               new MeetingRecorded(ledgerId, "m1", MeetingKind.COFFEE, List.of("me", "bo"), APRIL, null, "Lisbon",
                                   null, null));

        JsonNode directory = awaitDirectory("", "bo", "2024-04-01T10:00:00Z");

        assertThat(directory.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(directory.path("meId").asText()).isEqualTo("me");
        assertThat(directory.path("contacts").findValuesAsText("displayName"))
                .containsExactly("Ana Lopez", "bo Chen", "Carla Diaz", "Zed Ward");
        JsonNode me = directory.path("contacts").get(0);
        assertThat(me.path("me").asBoolean()).isTrue();
        assertThat(me.path("addedAt").asText()).isEqualTo("2024-01-01T00:00:00Z");
        JsonNode carla = directory.path("contacts").get(2);
        assertThat(carla.path("role").asText()).isEqualTo("CTO");
        assertThat(carla.path("addedAt").asText()).isEqualTo("2024-02-01T10:00:00Z");
        assertThat(carla.path("tags")).extracting(JsonNode::asText).containsExactly("work", "tech");
        assertThat(carla.path("lastInteractionAt").isNull()).isTrue();
    }

    @Test
    void archivedContactsAreListedOnlyWhenAskedForAndMergedOnesOnlyWithIncludeMerged() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED),
               contact("bo", "Bo Chen"), contact("cy", "Cy Diaz"), contact("di", "Di Evans"),
               favor("f1", "me", "di", MARCH),
               new ContactArchived(ledgerId, "cy", "moved away", MARCH),
               new ContactsMerged(ledgerId, "bo", "di", APRIL));

        JsonNode live = awaitDirectory("", "bo", "2024-03-01T10:00:00Z");
        assertThat(live.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo");

        JsonNode withArchived = get(contacts("?includeArchived=true"), MediaType.APPLICATION_JSON).json();
        assertThat(withArchived.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo", "cy");
        assertThat(withArchived.path("contacts").get(2).path("archivedAt").asText()).isEqualTo("2024-03-01T10:00:00Z");

        JsonNode withMerged = get(contacts("?includeMerged=true"), MediaType.APPLICATION_JSON).json();
        assertThat(withMerged.path("contacts").findValuesAsText("contactId")).containsExactly("me", "bo", "di");
        assertThat(withMerged.path("contacts").get(2).path("mergedInto").asText()).isEqualTo("bo");
    }

    @Test
    void aRetractedFavorNoLongerCountsAsAnInteraction() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
               favor("f1", "me", "bo", MARCH), favor("f2", "bo", "me", APRIL),
               new FavorRetracted(ledgerId, "f2", "never happened", APRIL));

        awaitDirectory("", "bo", "2024-03-01T10:00:00Z");
    }

    @Test
    void theDirectoryAsCsvHasAHeaderRowAndOneRowPerContact() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
               favor("f1", "me", "bo", MARCH));
        awaitDirectory("", "bo", "2024-03-01T10:00:00Z");

        Answer csv = get(contacts(""), new MediaType("text", "csv"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType().isCompatibleWith(new MediaType("text", "csv"))).isTrue();
        assertThat(csv.body().lines().findFirst()).contains(
                "ledgerId,contactId,displayName,organization,role,email,tags,howWeMet,me,addedAt,archived,archivedAt,"
                        + "mergedInto,lastInteractionAt");
        List<Map<String, String>> rows = csvRows(csv.body());
        assertThat(rows).extracting(row -> row.get("contactId")).containsExactly("me", "bo");
        assertThat(rows.get(0)).containsEntry("ledgerId", ledgerId).containsEntry("displayName", "Ana Lopez")
                               .containsEntry("me", "true").containsEntry("addedAt", "2024-01-01T00:00:00Z")
                               .containsEntry("lastInteractionAt", "2024-03-01T10:00:00Z");
        assertThat(rows.get(1)).containsEntry("displayName", "Bo Chen").containsEntry("organization", "Acme")
                               .containsEntry("tags", "work;tech").containsEntry("archived", "false")
                               .containsEntry("mergedInto", "").containsEntry("addedAt", "2024-02-01T10:00:00Z");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
               favor("f1", "me", "bo", MARCH));
        awaitDirectory("", "bo", "2024-03-01T10:00:00Z");

        Answer anything = get(contacts(""), MediaType.ALL);

        assertThat(anything.status()).isEqualTo(200);
        assertThat(anything.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(anything.json().path("contacts").size()).isEqualTo(2);
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
        for (MediaType accept : List.of(MediaType.APPLICATION_JSON, new MediaType("text", "csv"))) {
            Answer answer = get(contacts(""), accept);

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.json().path("code").asText()).isEqualTo("unknown-ledger");
        }
    }

    @Test
    void aFlagThatIsNotABooleanIsABadRequest() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED));
        Answer answer = get(contacts("?includeArchived=maybe"), MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    @Test
    void replayingTheProjectionRebuildsTheSameDirectory() {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED), contact("bo", "Bo Chen"),
               contact("cy", "Cy Diaz"), favor("f1", "me", "cy", APRIL), favor("f2", "me", "bo", MARCH),
               new ContactsMerged(ledgerId, "bo", "cy", APRIL));
        JsonNode before = awaitDirectory("?includeMerged=true", "bo", "2024-04-01T10:00:00Z");
        TrackingEventProcessor processor = processing
                .eventProcessor(ContactsProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying());
        assertThat(awaitDirectory("?includeMerged=true", "bo", "2024-04-01T10:00:00Z")).isEqualTo(before);
    }
}
