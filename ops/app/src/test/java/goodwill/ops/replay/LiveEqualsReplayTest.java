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
import goodwill.events.LedgerEvent;
import goodwill.ops.AppTest;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.query.FoldProjection;
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.Recorded;
import goodwill.storage.MongoEventStorageEngine;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWrapper;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The read models kept live while the sample network (with retractions, amendments, merges and an archival)
 * was recorded are exactly those a replay of every processor from scratch builds, collection by collection
 * and document by document: every projection is replay-safe. And each read model's fold, run in memory over the
 * same history as a report runs it, gives those documents too. The collections compared are every one named in
 * {@link ReadModelCollections}, so a read model added there is covered without touching this test.
 */
@AppTest
class LiveEqualsReplayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    DemoLoader loader;
    @Autowired
    MongoDatabase database;
    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoEventStorageEngine eventStorage;
    @Autowired
    List<FoldProjection> projections;

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

    /**
     * What a report does with a history, every read model's fold over documents in memory, gives what its
     * projection keeps: the same documents, collection by collection.
     */
    @Test
    void everyReadModelsFoldInMemoryKeepsWhatItsProjectionKeeps() {
        loader.load(NETWORK);
        awaitProcessors(http, PATIENCE, ProcessorsCaughtUp::caughtUp);
        Map<String, List<Document>> live = readModels(database);
        List<Recorded> history;
        try (var events = eventStorage.readEvents(null, false)) {
            history = events.filter(message -> message.getPayload() instanceof LedgerEvent).map(Recorded::of).toList();
        }

        assertThat(projections).hasSizeGreaterThanOrEqualTo(8);
        for (FoldProjection projection : projections) {
            InMemoryDocumentStore store = new InMemoryDocumentStore();
            projection.foldOver(store).applyAll(history);
            Map<String, List<Document>> folded = new LinkedHashMap<>();
            Map<String, List<Document>> kept = new LinkedHashMap<>();
            store.contents().forEach((collection, documents) -> {
                folded.put(collection, documents.values().stream().map(this::asStored)
                                                .sorted(Comparator.comparing(document -> document.getString("_id")))
                                                .toList());
                kept.put(collection, live.get(collection)); // sorted by _id already
            });
            assertThat(folded.keySet()).as("collections of %s", projection)
                                       .containsExactlyElementsOf(projection.collections());
            folded.values().forEach(documents -> assertThat(documents).isNotEmpty());
            assertSameReadModels(kept, folded, "folded in memory against live");
        }
    }

    /** The document as MongoDB keeps it: encoded by the database's codecs, read back as a plain document. */
    private Document asStored(Object document) {
        BsonDocument encoded = BsonDocumentWrapper.asBsonDocument(document, database.getCodecRegistry());
        return new DocumentCodec(database.getCodecRegistry()).decode(new BsonDocumentReader(encoded),
                                                                     DecoderContext.builder().build());
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
