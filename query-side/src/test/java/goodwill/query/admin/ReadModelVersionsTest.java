package goodwill.query.admin;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import goodwill.events.ContactAdded;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerOpened;
import goodwill.query.EndToEndTest;
import goodwill.query.QuerySideTest;
import goodwill.query.ReadModelCollections;
import goodwill.query.admin.ReadModelVersions.Outcome;
import goodwill.query.advocacy.AdvocacyFormula;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A read model written by another version of its projection is rebuilt from history before its processor runs
 * again; one of the running version is left as it is.
 */
@QuerySideTest
class ReadModelVersionsTest extends EndToEndTest {

    private static final String RECIPROCITY = "reciprocity";
    private static final String STALE = "written-by-an-older-version";

    @Autowired
    ReadModelVersions readModelVersions;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    MongoDatabase database;

    private MongoCollection<Document> versions;
    private MongoCollection<Document> balances;
    private TrackingEventProcessor reciprocity;

    @BeforeEach
    void aLedgerWithOneFavor() {
        versions = database.getCollection(ReadModelVersions.COLLECTION);
        balances = database.getCollection(ReadModelCollections.RECIPROCITY_BALANCES);
        reciprocity = processing.eventProcessor(RECIPROCITY, TrackingEventProcessor.class).orElseThrow();
        readModels.recordInOneCommit(List.of(
                new LedgerOpened(ledgerId, "me", "Maya", Instant.parse("2024-01-01T00:00:00Z")),
                new ContactAdded(ledgerId, "bo", "Bo", null, null, null, List.of(), null, Instant.parse("2024-01-02T00:00:00Z")),
                new FavorRecorded(ledgerId, "f1", "me", "bo", FavorKind.ADVICE, 2, true,
                                  Instant.parse("2024-02-01T00:00:00Z"), null, null, null)));
        readModels.awaitCaughtUp(RECIPROCITY);
    }

    @AfterEach
    void running() {
        reciprocity.start();
        balances.deleteOne(eq("_id", STALE));
    }

    @Test
    void theVersionOfEveryReadModelIsNotedWhenItsProcessorFirstRuns() {
        assertThat(storedVersion(RECIPROCITY)).isEqualTo(2);
        assertThat(storedVersion("advocacy")).isEqualTo(AdvocacyFormula.VERSION);
        assertThat(storedVersion("journal")).isEqualTo(2);
        assertThat(storedVersion("contacts")).isEqualTo(5);
        assertThat(storedVersion("commitments")).isEqualTo(1);
    }

    @Test
    void aReadModelWrittenByAnotherVersionIsRebuiltFromHistoryAndItsVersionNoted() {
        versions.replaceOne(eq("_id", RECIPROCITY), new Document("_id", RECIPROCITY).append("version", 1),
                            new ReplaceOptions().upsert(true));
        reciprocity.shutDown();
        balances.insertOne(new Document("_id", STALE));

        Map<String, Outcome> outcomes = readModelVersions.bringUpToDate(processing, tokens);
        reciprocity.start();

        assertThat(outcomes).containsEntry(RECIPROCITY, Outcome.REBUILDING).containsEntry("journal", Outcome.CURRENT);
        assertThat(storedVersion(RECIPROCITY)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> !reciprocity.isReplaying()
                && balances.find(eq("_id", ledgerId + ":bo")).first() != null);
        assertThat(balances.find(eq("_id", STALE)).first()).as("cleared by the rebuild").isNull();
    }

    @Test
    void aReadModelOfTheRunningVersionIsLeftAsItIs() {
        reciprocity.shutDown();
        balances.insertOne(new Document("_id", STALE));

        Map<String, Outcome> outcomes = readModelVersions.bringUpToDate(processing, tokens);

        assertThat(outcomes).containsEntry(RECIPROCITY, Outcome.CURRENT);
        assertThat(balances.find(eq("_id", STALE)).first()).isNotNull();
    }

    @Test
    void aReadModelThatAnotherNodeHoldsIsLeftToThatNode() {
        versions.replaceOne(eq("_id", RECIPROCITY), new Document("_id", RECIPROCITY).append("version", 1),
                            new ReplaceOptions().upsert(true));

        Map<String, Outcome> outcomes = readModelVersions.bringUpToDate(processing, tokens); // running: not resettable

        assertThat(outcomes).containsEntry(RECIPROCITY, Outcome.LEFT_TO_ANOTHER_NODE);
        assertThat(storedVersion(RECIPROCITY)).as("still to be rebuilt").isEqualTo(1);
        versions.replaceOne(eq("_id", RECIPROCITY), new Document("_id", RECIPROCITY).append("version", 2));
    }

    private int storedVersion(String group) {
        return versions.find(eq("_id", group)).first().getInteger("version");
    }
}
