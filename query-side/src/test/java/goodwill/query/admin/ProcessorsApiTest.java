package goodwill.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import goodwill.events.ContactAdded;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerOpened;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import goodwill.query.ReadModel;
import goodwill.query.ReplayGate;
import goodwill.storage.StorageCollections;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Replay control end to end: processors listed and looked at over HTTP, the reciprocity read model replayed
 * while its replay is held at a gate (so "while it rebuilds" is a state the test can look at), queries held
 * back meanwhile, and refusals.
 */
@QuerySideTest
class ProcessorsApiTest extends EndToEndTest {

    /** Answers carry the moment they were computed for; a fixed one lets before and after be compared. */
    private static final Instant NOW = Instant.parse("2024-06-10T12:00:00Z");
    private static final String RECIPROCITY = "reciprocity";

    @Autowired
    ReplayGate gate;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase database;
    @Autowired
    JacksonSerializer serializer;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ProcessorsApiTest() {
        super(NOW);
    }

    @BeforeEach
    void aLedgerWithAFavor() {
        readModels.record(new LedgerOpened(ledgerId, "me", "Ana Lopez", MARCH),
                          new ContactAdded(ledgerId, "bo", "Bo", null, null, null, List.of(), null, MARCH),
                          new FavorRecorded(ledgerId, "f1", "me", "bo", FavorKind.ADVICE, 3, false, MARCH, null, null,
                                            null));
        api.awaitJson(balancePath(), balance -> balance.path("given").path("count").asInt() == 1);
        api.awaitJson("/api/admin/processors", ProcessorsApiTest::allCaughtUp);
    }

    @AfterEach
    void openTheGate() {
        gate.open();
    }

    private String balancePath() {
        return ledgerPath("/reciprocity/bo");
    }

    private static boolean allCaughtUp(JsonNode processors) {
        for (JsonNode processor : processors) {
            boolean behind = processor.path("tracking").asBoolean() && processor.path("behind").asLong(-1) != 0;
            if (!processor.path("status").asText().equals("RUNNING") || behind) {
                return false;
            }
        }
        return !processors.isEmpty();
    }

    @Test
    void everyProcessorIsListedWithItsPositionAtTheHead() {
        JsonNode processors = api.get("/api/admin/processors").json();

        assertThat(processors.findValuesAsText("name")).contains("commitments", "contacts", "journal", RECIPROCITY);
        JsonNode journal = api.get("/api/admin/processors/journal").json();
        assertThat(journal.path("name").asText()).isEqualTo("journal");
        assertThat(journal.path("status").asText()).isEqualTo("RUNNING");
        assertThat(journal.path("tracking").asBoolean()).isTrue();
        assertThat(journal.path("head").asLong()).isPositive();
        assertThat(journal.path("position").asLong()).isEqualTo(journal.path("head").asLong());
        assertThat(journal.path("behind").asLong()).isZero();
        assertThat(journal.path("replay").isNull()).isTrue();
        assertThat(journal.path("segments")).hasSize(1);
        assertThat(journal.path("segments").get(0).path("here").asBoolean()).as("held by this node").isTrue();
        assertThat(journal.path("segments").get(0).path("owner").asText())
                .as("named as the token store names this node")
                .isEqualTo(ManagementFactory.getRuntimeMXBean().getName());
        assertThat(journal.path("error").isNull()).isTrue();
    }

    @Test
    void anUnknownProcessorIsNotFound() {
        api.get("/api/admin/processors/nothing").isProblem(404, "unknown-processor");
        api.post("/api/admin/processors/nothing/replay").isProblem(404, "unknown-processor");
    }

    @Test
    void lookingChangesNothing() {
        List<Document> tokensBefore = storedTokens();
        JsonNode balanceBefore = api.get(balancePath()).json();

        for (int i = 0; i < 3; i++) {
            api.get("/api/admin/processors");
            api.get("/api/admin/processors/" + RECIPROCITY);
        }

        assertThat(storedTokens()).isEqualTo(tokensBefore);
        assertThat(api.get(balancePath()).json()).isEqualTo(balanceBefore);
        assertThat(api.get("/api/admin/processors/" + RECIPROCITY).json().path("status").asText()).isEqualTo("RUNNING");
    }

    /** What the processors' tokens say, without the claims the running processors keep renewing. */
    private List<Document> storedTokens() {
        List<Document> tokens = new ArrayList<>();
        database.getCollection(StorageCollections.TOKENS).find().sort(new Document("_id", 1)).forEach(token ->
                tokens.add(new Document("processorName", token.get("processorName"))
                                   .append("segment", token.get("segment"))
                                   .append("token", token.get("token"))));
        return tokens;
    }

    @Test
    void whileAReadModelIsRebuiltItsQueriesSaySoAndAfterwardsAnswerAsBefore() throws Exception {
        JsonNode before = api.get(balancePath()).json();
        gate.close(RECIPROCITY);

        HttpAnswer started = api.post("/api/admin/processors/" + RECIPROCITY + "/replay");

        assertThat(started.status()).as("%s", started.json()).isEqualTo(202);
        assertThat(started.headers().getLocation()).hasToString("/api/admin/processors/" + RECIPROCITY);
        assertThat(started.json().path("status").asText()).isEqualTo("REPLAYING");
        assertThat(started.json().path("replay").path("startedAt").asText()).isNotEmpty();
        gate.awaitHeld();

        HttpAnswer held = api.get(balancePath());
        held.isProblem(503, "rebuilding");
        assertThat(held.json().path("readModel").asText()).isEqualTo(RECIPROCITY);
        assertThat(held.json().path("progressPercent").asInt()).isBetween(0, 99);
        assertThat(held.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        api.get(ledgerPath("/reciprocity")).isProblem(503, "rebuilding");
        assertThat(api.get(ledgerPath("/journal")).status()).isEqualTo(200);
        JsonNode replaying = api.get("/api/admin/processors/" + RECIPROCITY).json();
        assertThat(replaying.path("status").asText()).isEqualTo("REPLAYING");
        assertThat(replaying.path("replay").path("progressPercent").asInt()).isLessThan(100);
        api.post("/api/admin/processors/" + RECIPROCITY + "/replay").isProblem(409, "already-replaying");

        gate.open();

        JsonNode done = api.awaitJson("/api/admin/processors/" + RECIPROCITY,
                                      status -> status.path("status").asText().equals("RUNNING"));
        assertThat(done.path("replay").path("progressPercent").asInt()).isEqualTo(100);
        assertThat(done.path("behind").asLong()).isZero();
        HttpAnswer after = api.get(balancePath());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json()).isEqualTo(before);
    }

    @Test
    void aProcessorWhoseTokenAnotherNodeHoldsAndKeepsIsNotReplayedAndKeepsItsReadModel() {
        TokenStore otherNode = otherNode();
        TrackingEventProcessor reciprocity = readModels.processor(RECIPROCITY);
        reciprocity.shutDown();
        otherNode.fetchToken(RECIPROCITY, 0);
        reciprocity.start();
        try {
            api.post("/api/admin/processors/" + RECIPROCITY + "/replay").isProblem(409, "token-claimed");

            assertThat(api.get(balancePath()).json().path("given").path("count").asInt()).isEqualTo(1);
            assertThat(reciprocity.isRunning()).isTrue();
            assertThat(database.getCollection(ReplayCoordination.COLLECTION).countDocuments())
                    .as("the request to let go, taken back").isZero();
        } finally {
            otherNode.releaseClaim(RECIPROCITY, 0);
        }
        api.awaitJson("/api/admin/processors/" + RECIPROCITY, status -> status.path("status").asText().equals("RUNNING")
                && status.path("segments").size() == 1);
    }

    @Test
    void whileASegmentAnotherNodeHoldsReplaysTheReadModelHereSaysItIsRebuilding() {
        TokenStore otherNode = otherNode();
        TrackingEventProcessor reciprocity = readModels.processor(RECIPROCITY);
        TrackingToken head = reciprocity.getMessageSource().createHeadToken();
        reciprocity.shutDown();
        otherNode.fetchToken(RECIPROCITY, 0);
        try {
            otherNode.storeToken(ReplayToken.createReplayToken(head, null), RECIPROCITY, 0);

            api.awaitJson("/api/admin/processors/" + RECIPROCITY,
                          status -> status.path("status").asText().equals("REPLAYING"));
            api.get(balancePath()).isProblem(503, "rebuilding");

            otherNode.storeToken(head, RECIPROCITY, 0); // come back to where it was reset
            api.awaitJson("/api/admin/processors/" + RECIPROCITY,
                          status -> status.path("status").asText().equals("STOPPED"));
            assertThat(api.get(balancePath()).status()).isEqualTo(200);
        } finally {
            otherNode.releaseClaim(RECIPROCITY, 0);
            reciprocity.start();
        }
        api.awaitJson("/api/admin/processors/" + RECIPROCITY, status -> status.path("status").asText().equals("RUNNING")
                && status.path("segments").size() == 1);
    }

    /** The token store as another node on the same database uses it. */
    private TokenStore otherNode() {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database)
                                                   .trackingTokensCollectionName(StorageCollections.TOKENS).build())
                .serializer(serializer)
                .nodeId("other-node")
                .build();
    }

    @Test
    void everyQueryEndpointNamesTheReadModelsItAnswersFrom() {
        List<String> unnamed = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, method) -> {
            String type = method.getBeanType().getName();
            if (!type.startsWith("goodwill.query.") || type.startsWith("goodwill.query.admin.")
                    || type.startsWith("goodwill.query.pages.")) { // the pages read no read model on the server
                return;
            }
            ReadModel readModel = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadModel.class);
            if (readModel == null) {
                unnamed.add(mapping.toString());
                return;
            }
            for (String group : readModel.value()) {
                assertThat(processing.eventProcessorByProcessingGroup(group)).as("processing group %s", group).isPresent();
            }
        });
        assertThat(unnamed).as("query endpoints without @ReadModel").isEmpty();
    }
}
