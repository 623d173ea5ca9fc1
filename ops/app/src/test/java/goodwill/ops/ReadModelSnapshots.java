package goodwill.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import goodwill.query.ReadModelCollections;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Every read model's documents, to compare two builds of them: the collections are every one named in
 * {@link ReadModelCollections}, so a read model added there is covered without touching a test.
 */
public final class ReadModelSnapshots {

    private ReadModelSnapshots() {
    }

    /** Every read-model collection's documents, sorted by {@code _id}. */
    public static Map<String, List<Document>> readModels(MongoDatabase database) {
        Map<String, List<Document>> collections = new LinkedHashMap<>();
        for (String name : collections()) {
            collections.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id"))
                                          .into(new ArrayList<>()));
        }
        return collections;
    }

    /** Names the first document that differs, rather than printing whole collections. */
    public static void assertSameReadModels(Map<String, List<Document>> expected, Map<String, List<Document>> actual,
                                            String what) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((collection, documents) -> {
            List<Document> other = actual.get(collection);
            for (int i = 0; i < Math.min(documents.size(), other.size()); i++) {
                assertThat(other.get(i)).as("%s, document %d of %d by _id, %s", collection, i + 1, documents.size(),
                                            what).isEqualTo(documents.get(i));
            }
            assertThat(other).as("%s: documents, %s", collection, what).hasSameSizeAs(documents);
        });
    }

    /** Starts a replay of every tracking processor {@code GET /api/admin/processors} listed; answers their names. */
    public static List<String> replayEveryTrackingProcessor(TestRestTemplate http, JsonNode processors) {
        List<String> replayed = new ArrayList<>();
        for (JsonNode processor : processors) {
            if (processor.path("tracking").asBoolean()) {
                String name = processor.path("name").asText();
                ResponseEntity<JsonNode> started = http.postForEntity("/api/admin/processors/" + name + "/replay",
                                                                      null, JsonNode.class);
                assertThat(started.getStatusCode().value()).as("replay of %s: %s", name, started.getBody())
                                                           .isEqualTo(202);
                replayed.add(name);
            }
        }
        return replayed;
    }

    /** {@code GET /api/admin/processors}, polled until it meets the condition. */
    public static JsonNode awaitProcessors(TestRestTemplate http, Duration patience, Predicate<JsonNode> condition) {
        return await().atMost(patience).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                      .until(() -> http.getForObject("/api/admin/processors", JsonNode.class), condition);
    }

    /** Whether every named processor's replay, read from {@code GET /api/admin/processors}, is complete. */
    public static boolean replayed(JsonNode processors, List<String> names) {
        for (JsonNode processor : processors) {
            if (names.contains(processor.path("name").asText())
                    && processor.path("replay").path("progressPercent").asInt() != 100) {
                return false;
            }
        }
        return true;
    }

    private static List<String> collections() {
        List<String> names = new ArrayList<>();
        for (Field field : ReadModelCollections.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
