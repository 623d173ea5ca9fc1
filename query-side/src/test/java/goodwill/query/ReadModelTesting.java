package goodwill.query;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import goodwill.events.LedgerEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What end-to-end tests of a read model do: record, wait for the processor, ask over HTTP, replay. */
public final class ReadModelTesting {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ReadModelTesting() {
    }

    /**
     * Appends the events in one commit, as one aggregate's (the query side reads events, not aggregates), so that
     * a processor that is idle handles them in one batch.
     */
    public static void recordInOneCommit(EventStore eventStore, List<? extends LedgerEvent> events) {
        String aggregateId = UUID.randomUUID().toString();
        List<EventMessage<?>> messages = new ArrayList<>();
        for (LedgerEvent event : events) {
            messages.add(new GenericDomainEventMessage<>("History", aggregateId, messages.size(), event));
        }
        eventStore.publish(messages);
    }

    /**
     * Waits until the processing group has handled everything in the event store: a tracking processor reports a
     * position only once the batch up to it is written, so its read model is complete then.
     */
    public static void awaitCaughtUp(EventStore eventStore, EventProcessingConfiguration processing, String group) {
        long head = eventStore.createHeadToken().position().orElse(-1);
        TrackingEventProcessor processor = processorOf(processing, group);
        await().atMost(PATIENCE).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                            .allMatch(status -> position(status) >= head));
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    /** Rebuilds the group's read model from the start, and waits until it has caught up again. */
    public static void replay(EventStore eventStore, EventProcessingConfiguration processing, String group) {
        TrackingEventProcessor processor = processorOf(processing, group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(PATIENCE).until(() -> !processor.isReplaying());
        awaitCaughtUp(eventStore, processing, group);
    }

    private static TrackingEventProcessor processorOf(EventProcessingConfiguration processing, String group) {
        return processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
    }

    /** An HTTP answer as a user would see it. */
    public record Answer(int status, MediaType contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    public static Answer get(TestRestTemplate http, String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        return new Answer(response.getStatusCode().value(), response.getHeaders().getContentType(), response.getBody());
    }

    /** The rows of a CSV answer with a header row, each by column name. */
    public static List<Map<String, String>> csvRows(String csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError("Not CSV: " + csv, e);
        }
    }
}
