package goodwill.ops.replay;

import static goodwill.ops.ProcessorsCaughtUp.caughtUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import goodwill.ops.GoodwillApp;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.query.ReadModelCollections;
import goodwill.storage.IsolatedStorage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/**
 * The read models kept live while the sample network (with retractions, amendments, merges and an archival)
 * was recorded are exactly those a replay of every processor from scratch builds, collection by collection
 * and document by document: every projection is replay-safe. The collections compared are every one named in
 * {@link ReadModelCollections}, so a read model added there is covered without touching this test.
 */
@SpringBootTest(classes = GoodwillApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
class LiveEqualsReplayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    DemoLoader loader;
    @Autowired
    MongoDatabase database;
    @Autowired
    TestRestTemplate http;

    /**
     * The network {@code DemoLoaderTest} loads, in the Spring context it shares with this test: whichever runs
     * first records it, and loading it again records nothing new.
     */
    private static final SampleNetwork NETWORK = new SampleNetwork(11L, SampleNetwork.MIN_CONTACTS);

    @Test
    void theLiveReadModelsAreWhatAReplayOfTheSameHistoryBuilds() {
        loader.load(NETWORK);
        JsonNode live = awaitProcessors(ProcessorsCaughtUp::caughtUp);
        Map<String, List<Document>> before = readModels();

        List<String> replayed = new ArrayList<>();
        for (JsonNode processor : live) {
            if (processor.path("tracking").asBoolean()) {
                String name = processor.path("name").asText();
                ResponseEntity<JsonNode> started = http.postForEntity("/api/admin/processors/" + name + "/replay",
                                                                      null, JsonNode.class);
                assertThat(started.getStatusCode().value()).as("replay of %s: %s", name, started.getBody()).isEqualTo(202);
                replayed.add(name);
            }
        }
        JsonNode rebuilt = awaitProcessors(processors -> caughtUp(processors) && replayed(processors, replayed));
        Map<String, List<Document>> after = readModels();

        assertThat(replayed).contains("reciprocity", "journal", "contacts", "commitments");
        assertThat(rebuilt.findValuesAsText("name")).containsAll(replayed);
        before.forEach((collection, documents) -> assertThat(documents).as("%s, live", collection).isNotEmpty());
        after.forEach((collection, documents) -> assertSameDocuments(collection, before.get(collection), documents));
    }

    /** Names the first document that differs, rather than printing whole collections. */
    private static void assertSameDocuments(String collection, List<Document> live, List<Document> replayed) {
        for (int i = 0; i < Math.min(live.size(), replayed.size()); i++) {
            assertThat(replayed.get(i)).as("%s, document %d of %d by _id, replayed against live", collection, i + 1,
                                           live.size()).isEqualTo(live.get(i));
        }
        assertThat(replayed).as("%s: documents replayed against live", collection).hasSameSizeAs(live);
    }

    @Test
    void aProcessorThatKeepsNoPositionIsNotReplayed() {
        ResponseEntity<JsonNode> refused = http.postForEntity("/api/admin/processors/ledger-directory/replay", null,
                                                              JsonNode.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody().path("code").asText()).isEqualTo("not-tracking");
    }

    private JsonNode awaitProcessors(Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                      .until(() -> http.getForObject("/api/admin/processors", JsonNode.class), condition);
    }

    private static boolean replayed(JsonNode processors, List<String> names) {
        for (JsonNode processor : processors) {
            if (names.contains(processor.path("name").asText())
                    && processor.path("replay").path("progressPercent").asInt() != 100) {
                return false;
            }
        }
        return true;
    }

    /** Every read-model collection's documents, sorted by {@code _id}. */
    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> collections = new LinkedHashMap<>();
        for (String name : readModelCollections()) {
            collections.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        }
        return collections;
    }

    private static List<String> readModelCollections() {
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
