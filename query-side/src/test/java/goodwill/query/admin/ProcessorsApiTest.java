package goodwill.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import goodwill.events.ContactAdded;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.ReadModel;
import goodwill.storage.IsolatedStorage;
import goodwill.storage.StorageCollections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Replay control end to end: processors listed and looked at over HTTP, the reciprocity read model replayed
 * while its replay is held at a gate (so "while it rebuilds" is a state the test can look at), queries held
 * back meanwhile, and refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
class ProcessorsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final String RECIPROCITY = "reciprocity";

    /** Holds every replayed event of the reciprocity processor while closed; live events pass. */
    static final class ReplayGate implements MessageHandlerInterceptor<EventMessage<?>> {

        private volatile CountDownLatch open = new CountDownLatch(0);
        private volatile CountDownLatch reached = new CountDownLatch(1);

        void close() {
            open = new CountDownLatch(1);
            reached = new CountDownLatch(1);
        }

        void open() {
            open.countDown();
        }

        void awaitHeld() throws InterruptedException {
            assertThat(reached.await(30, TimeUnit.SECONDS)).as("the replay reached the gate").isTrue();
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            if (ReplayToken.isReplay(unitOfWork.getMessage())) {
                reached.countDown();
                open.await();
            }
            return chain.proceed();
        }
    }

    @TestConfiguration
    static class HeldReplays {

        /** Answers carry the moment they were computed for; a fixed one lets before and after be compared. */
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2024-06-10T12:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        ReplayGate replayGate() {
            return new ReplayGate();
        }

        @Bean
        ConfigurerModule holdReciprocityReplays(ReplayGate gate) {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor(RECIPROCITY, c -> gate);
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate http;
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

    private String ledgerId;

    @BeforeEach
    void aLedgerWithAFavor() {
        ledgerId = "l-" + UUID.randomUUID();
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", MARCH),
               new ContactAdded(ledgerId, "bo", "Bo", null, null, null, List.of(), null, MARCH),
               new FavorRecorded(ledgerId, "f1", "me", "bo", FavorKind.ADVICE, 3, false, MARCH, null, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(balancePath()),
                answer -> answer.status() == 200 && answer.body().path("given").path("count").asInt() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/admin/processors").body(),
                list -> allCaughtUp(list));
    }

    @AfterEach
    void openTheGate() {
        gate.open();
    }

    private void record(LedgerEvent... events) {
        for (LedgerEvent event : events) {
            eventStore.publish(new GenericDomainEventMessage<>(event.getClass().getSimpleName(),
                                                               UUID.randomUUID().toString(), 0, event));
        }
    }

    private String balancePath() {
        return "/api/ledgers/" + ledgerId + "/reciprocity/bo";
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

    private record Answer(int status, HttpHeaders headers, JsonNode body) {
    }

    private Answer get(String path) {
        return answer(http.getForEntity(path, String.class));
    }

    private Answer post(String path) {
        return answer(http.postForEntity(path, null, String.class));
    }

    private static Answer answer(ResponseEntity<String> response) {
        try {
            return new Answer(response.getStatusCode().value(), response.getHeaders(),
                              response.getBody() == null ? JSON.nullNode() : JSON.readTree(response.getBody()));
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.body().path("code").asText()).isEqualTo(code);
    }

    @Test
    void everyProcessorIsListedWithItsPositionAtTheHead() {
        JsonNode processors = get("/api/admin/processors").body();

        assertThat(processors.findValuesAsText("name")).contains("commitments", "contacts", "journal", RECIPROCITY);
        JsonNode journal = get("/api/admin/processors/journal").body();
        assertThat(journal.path("name").asText()).isEqualTo("journal");
        assertThat(journal.path("status").asText()).isEqualTo("RUNNING");
        assertThat(journal.path("tracking").asBoolean()).isTrue();
        assertThat(journal.path("head").asLong()).isPositive();
        assertThat(journal.path("position").asLong()).isEqualTo(journal.path("head").asLong());
        assertThat(journal.path("behind").asLong()).isZero();
        assertThat(journal.path("replay").isNull()).isTrue();
        assertThat(journal.path("segments")).hasSize(1);
        assertThat(journal.path("error").isNull()).isTrue();
    }

    @Test
    void anUnknownProcessorIsNotFound() {
        assertProblem(get("/api/admin/processors/nothing"), 404, "unknown-processor");
        assertProblem(post("/api/admin/processors/nothing/replay"), 404, "unknown-processor");
    }

    @Test
    void lookingChangesNothing() {
        List<Document> tokensBefore = storedTokens();
        JsonNode balanceBefore = get(balancePath()).body();

        for (int i = 0; i < 3; i++) {
            get("/api/admin/processors");
            get("/api/admin/processors/" + RECIPROCITY);
        }

        assertThat(storedTokens()).isEqualTo(tokensBefore);
        assertThat(get(balancePath()).body()).isEqualTo(balanceBefore);
        assertThat(get("/api/admin/processors/" + RECIPROCITY).body().path("status").asText()).isEqualTo("RUNNING");
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
        JsonNode before = get(balancePath()).body();
        gate.close();

        Answer started = post("/api/admin/processors/" + RECIPROCITY + "/replay");

        assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
        assertThat(started.headers().getLocation()).hasToString("/api/admin/processors/" + RECIPROCITY);
        assertThat(started.body().path("status").asText()).isEqualTo("REPLAYING");
        assertThat(started.body().path("replay").path("startedAt").asText()).isNotEmpty();
        gate.awaitHeld();

        Answer held = get(balancePath());
        assertProblem(held, 503, "rebuilding");
        assertThat(held.body().path("readModel").asText()).isEqualTo(RECIPROCITY);
        assertThat(held.body().path("progressPercent").asInt()).isBetween(0, 99);
        assertThat(held.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertProblem(get("/api/ledgers/" + ledgerId + "/reciprocity"), 503, "rebuilding");
        assertThat(get("/api/ledgers/" + ledgerId + "/journal").status()).isEqualTo(200);
        JsonNode replaying = get("/api/admin/processors/" + RECIPROCITY).body();
        assertThat(replaying.path("status").asText()).isEqualTo("REPLAYING");
        assertThat(replaying.path("replay").path("progressPercent").asInt()).isLessThan(100);
        assertProblem(post("/api/admin/processors/" + RECIPROCITY + "/replay"), 409, "already-replaying");

        gate.open();

        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(
                () -> get("/api/admin/processors/" + RECIPROCITY).body(),
                status -> status.path("status").asText().equals("RUNNING"));
        assertThat(done.path("replay").path("progressPercent").asInt()).isEqualTo(100);
        assertThat(done.path("behind").asLong()).isZero();
        Answer after = get(balancePath());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before);
    }

    @Test
    void aProcessorWhoseTokenAnotherNodeHoldsIsNotReplayedAndKeepsItsReadModel() {
        TokenStore otherNode = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database)
                                                   .trackingTokensCollectionName(StorageCollections.TOKENS).build())
                .serializer(serializer)
                .nodeId("other-node")
                .build();
        TrackingEventProcessor reciprocity = processing.eventProcessor(RECIPROCITY, TrackingEventProcessor.class)
                                                       .orElseThrow();
        reciprocity.shutDown();
        otherNode.fetchToken(RECIPROCITY, 0);
        reciprocity.start();
        try {
            assertProblem(post("/api/admin/processors/" + RECIPROCITY + "/replay"), 409, "token-claimed");

            assertThat(get(balancePath()).body().path("given").path("count").asInt()).isEqualTo(1);
            assertThat(reciprocity.isRunning()).isTrue();
        } finally {
            otherNode.releaseClaim(RECIPROCITY, 0);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/admin/processors/" + RECIPROCITY).body(),
                status -> status.path("status").asText().equals("RUNNING") && status.path("segments").size() == 1);
    }

    @Test
    void everyQueryEndpointNamesTheReadModelsItAnswersFrom() {
        List<String> unnamed = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, method) -> {
            String type = method.getBeanType().getName();
            if (!type.startsWith("goodwill.query.") || type.startsWith("goodwill.query.admin.")) {
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
