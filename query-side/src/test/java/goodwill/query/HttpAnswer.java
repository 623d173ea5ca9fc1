package goodwill.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import goodwill.events.LedgerEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a query endpoint answered, for end-to-end tests: status, content type and body, read as JSON or CSV rows; and
 * how such a test records events, the way the command side would.
 */
public record HttpAnswer(int status, MediaType contentType, String body) {

    public static final MediaType CSV = new MediaType("text", "csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    public static HttpAnswer get(TestRestTemplate http, String uri, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        ResponseEntity<String> response = http.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        return new HttpAnswer(response.getStatusCode().value(), response.getHeaders().getContentType(), response.getBody());
    }

    /** Appends each event as its own aggregate's first, the way the command side records them. */
    public static void record(EventStore eventStore, LedgerEvent... events) {
        for (LedgerEvent event : events) {
            eventStore.publish(new GenericDomainEventMessage<>(event.getClass().getSimpleName(),
                                                               UUID.randomUUID().toString(), 0, event));
        }
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    /** The rows of a CSV body with a header row, each by column name. */
    public List<Map<String, String>> csvRows() {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError("Not CSV: " + body, e);
        }
    }
}
