package goodwill.ops.replay;

import static goodwill.ops.ProcessorsCaughtUp.caughtUp;
import static goodwill.ops.ReadModelSnapshots.assertSameReadModels;
import static goodwill.ops.ReadModelSnapshots.awaitProcessors;
import static goodwill.ops.ReadModelSnapshots.readModels;
import static goodwill.ops.ReadModelSnapshots.replayEveryTrackingProcessor;
import static goodwill.ops.ReadModelSnapshots.replayed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import goodwill.ops.GoodwillApp;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.storage.IsolatedStorage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        JsonNode live = awaitProcessors(http, PATIENCE, ProcessorsCaughtUp::caughtUp);
        Map<String, List<Document>> before = readModels(database);

        List<String> replayed = replayEveryTrackingProcessor(http, live);
        JsonNode rebuilt = awaitProcessors(http, PATIENCE, processors -> caughtUp(processors) && replayed(processors, replayed));
        Map<String, List<Document>> after = readModels(database);

        assertThat(replayed).contains("reciprocity", "journal", "contacts", "commitments");
        assertThat(rebuilt.findValuesAsText("name")).containsAll(replayed);
        before.forEach((collection, documents) -> assertThat(documents).as("%s, live", collection).isNotEmpty());
        assertSameReadModels(before, after, "replayed against live");
    }

    @Test
    void aProcessorThatKeepsNoPositionIsNotReplayed() {
        ResponseEntity<JsonNode> refused = http.postForEntity("/api/admin/processors/ledger-directory/replay", null,
                                                              JsonNode.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody().path("code").asText()).isEqualTo("not-tracking");
    }
}
