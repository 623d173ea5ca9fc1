package goodwill.storage.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoCollection;
import goodwill.events.AboutSomeone;
import goodwill.events.ContactAdded;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.EventJson;
import goodwill.storage.HistorySealing;
import goodwill.storage.MongoEventStorageEngine;
import goodwill.storage.StorageCollections;
import goodwill.storage.SubjectNamedUpcaster;
import goodwill.storage.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Events stored with their personal details sealed by their subject's key: in clear nowhere in the store, read back
 * as recorded, and read as forgotten, every id and number unchanged, once the key is destroyed.
 */
class SealedEventsTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final String LEDGER = "ledger-1";

    private static ContactAdded dana() {
        return new ContactAdded(LEDGER, "dana", "Dana Quillfeather", "Zephyrine Labs", "CTO", "dana@zephyrine.example",
                                List.of("climbing"), "Met at the Oslo meetup", AT, "+47 555 0100",
                                "https://zephyrine.example/dana");
    }

    private static FavorRecorded favor() {
        return new FavorRecorded(LEDGER, "f1", "me", "dana", FavorKind.INTRODUCTION, 4, false, AT, null, null,
                                 "Introduced Dana to the Quillfeather fund", "dana");
    }

    @Test
    void personalDetailsAreSealedInTheStoreAndReadBackAsRecorded() {
        try (TestDatabase database = TestDatabase.create()) {
            Sealed sealed = new Sealed(database);
            sealed.store.appendEvents(List.of(message("Contact", "contact-dana", 0, dana())));
            sealed.store.appendEvents(List.of(message("Favor", "favor-f1", 0, favor())));

            String stored = sealed.events().find().into(new ArrayList<>()).toString();
            assertThat(stored).doesNotContain("Dana", "Quillfeather", "zephyrine", "Zephyrine", "Oslo", "CTO",
                                              "climbing", "555", "fund")
                              .contains("for=dana", "sealed", PersonalData.PREFIX, "INTRODUCTION");
            assertThat(sealed.read("contact-dana")).containsExactly(dana());
            assertThat(sealed.read("favor-f1")).containsExactly(favor());
        }
    }

    @Test
    void onceTheSubjectsKeyIsDestroyedTheirDetailsReadAsForgottenAndEveryNumberStays() {
        try (TestDatabase database = TestDatabase.create()) {
            Sealed sealed = new Sealed(database);
            sealed.store.appendEvents(List.of(message("Contact", "contact-dana", 0, dana())));
            sealed.store.appendEvents(List.of(message("Favor", "favor-f1", 0, favor())));

            sealed.keys.forget(LEDGER, "dana");

            assertThat(sealed.read("contact-dana")).containsExactly(
                    new ContactAdded(LEDGER, "dana", AboutSomeone.FORGOTTEN_NAME, null, null, null, List.of(), null,
                                     AT, null, null));
            assertThat(sealed.read("favor-f1")).containsExactly(
                    new FavorRecorded(LEDGER, "f1", "me", "dana", FavorKind.INTRODUCTION, 4, false, AT, null, null,
                                      null, "dana"));
            // Recorded about them afterwards (the retraction of an old favor): nothing of what it says is kept.
            sealed.store.appendEvents(List.of(message("Favor", "favor-f1", 1,
                                                      new FavorRetracted(LEDGER, "f1", "Dana said no", AT, "dana"))));
            assertThat(sealed.events().find().into(new ArrayList<>()).toString()).doesNotContain("Dana");
            assertThat(sealed.read("favor-f1")).last().isEqualTo(new FavorRetracted(LEDGER, "f1", null, AT, "dana"));
        }
    }

    @Test
    void anotherPersonsKeyDoesNotOpenTheirDetails() {
        try (TestDatabase database = TestDatabase.create()) {
            Sealed sealed = new Sealed(database);
            sealed.store.appendEvents(List.of(message("Contact", "contact-dana", 0, dana())));
            MongoCollection<Document> events = sealed.events();
            Document commit = events.find().first();
            Document payload = commit.getList("events", Document.class).get(0).get("payload", Document.class);
            payload.get("sealed", Document.class).put("for", "someone-else");
            events.replaceOne(new Document("_id", commit.get("_id")), commit);

            assertThat(((ContactAdded) sealed.read("contact-dana").get(0)).displayName())
                    .isEqualTo(AboutSomeone.FORGOTTEN_NAME);
        }
    }

    /** Events stored before they named a subject, as JSON samples of that shape, upcast and read in clear. */
    @Test
    void eventsStoredBeforeSealingAreUpcastAndReadAsStored() throws IOException {
        try (TestDatabase database = TestDatabase.create()) {
            Sealed sealed = new Sealed(database);
            sealed.events().insertOne(Document.parse(resource("favor-revision-1.json")));

            assertThat(sealed.read("ledger-1:favor:f1")).containsExactly(
                    new FavorRecorded(LEDGER, "f1", "me", "dana", FavorKind.ADVICE, 3, true, AT, null, null,
                                      "Read Dana's pitch deck", null));
            assertThat(SubjectNamedUpcaster.upcasts(FavorRecorded.class.getName(), null)).isTrue();
            assertThat(SubjectNamedUpcaster.upcasts(FavorRecorded.class.getName(), "2")).isFalse();
        }
    }

    /**
     * History stored before sealing, sealed in place once: its subject named by the command side's rule (the favor's
     * party who is not me), its details sealed, read back as recorded, and forgotten like anyone's.
     */
    @Test
    void historyStoredInClearIsSealedInPlaceAndThenForgettable() throws IOException {
        try (TestDatabase database = TestDatabase.create()) {
            Sealed sealed = new Sealed(database);
            sealed.events().insertOne(Document.parse(resource("ledger-opened-revision-1.json")));
            sealed.events().insertOne(Document.parse(resource("favor-revision-1.json")));
            HistorySealing history = new HistorySealing(database.connection().database(),
                                                        EventJson.mapper(), sealed.sealing);

            assertThat(history.sealOnce()).isEqualTo(2);
            assertThat(history.sealOnce()).as("once").isZero();

            assertThat(sealed.events().find().into(new ArrayList<>()).toString())
                    .doesNotContain("pitch deck", "Maya Chen").contains("payloadRevision=2", "for=dana", "for=me");
            FavorRecorded asRecorded = new FavorRecorded(LEDGER, "f1", "me", "dana", FavorKind.ADVICE, 3, true, AT,
                                                         null, null, "Read Dana's pitch deck", "dana");
            assertThat(sealed.read("ledger-1:favor:f1")).containsExactly(asRecorded);
            sealed.keys.forget(LEDGER, "dana");
            assertThat(((FavorRecorded) sealed.read("ledger-1:favor:f1").get(0)).note()).isNull();
        }
    }

    /** Replaced and deleted values leave no byte behind in the embedded store's file once it is rewritten. */
    @Test
    void theRewrittenFileHoldsNothingTheStoreNoLongerHolds() throws IOException {
        try (TestDatabase database = TestDatabase.create()) {
            assumeTrue(database.connection().isEmbedded());
            MongoCollection<Document> pages = database.connection().database().getCollection("pages");
            for (int i = 0; i < 200; i++) {
                pages.insertOne(new Document("_id", "p" + i).append("name", "Dana Quillfeather " + i)
                                                            .append("filler", "x".repeat(2000)));
            }
            for (int i = 0; i < 200; i++) {
                pages.replaceOne(new Document("_id", "p" + i),
                                 new Document("_id", "p" + i).append("name", AboutSomeone.FORGOTTEN_NAME));
            }
            assertThat(fileHolds(database, "Quillfeather")).as("before the rewrite").isTrue();

            database.connection().rewriteEmbeddedFile();

            assertThat(fileHolds(database, "Quillfeather")).as("after the rewrite").isFalse();
            assertThat(pages.countDocuments()).isEqualTo(200);
            assertThat(pages.find(new Document("_id", "p7")).first().getString("name"))
                    .isEqualTo(AboutSomeone.FORGOTTEN_NAME);
            assertThat(database.connection().embeddedStatistics().orElseThrow().fileRewrites()).isEqualTo(1);
        }
    }

    static boolean fileHolds(TestDatabase database, String text) throws IOException {
        byte[] file = Files.readAllBytes(database.dataDirectory().resolve(EmbeddedMongo.FILE_NAME));
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + wanted.length <= file.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (file[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String resource(String name) throws IOException {
        try (var in = SealedEventsTest.class.getResourceAsStream("/stored/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DomainEventMessage<?> message(String type, String aggregateId, long sequence, LedgerEvent event) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, event);
    }

    /** An event store that seals, as the app configures it. */
    private static final class Sealed {

        final DataKeys keys;
        final SealingSerializer sealing;
        final MongoEventStorageEngine store;
        private final TestDatabase database;

        Sealed(TestDatabase database) {
            this.database = database;
            JacksonSerializer json = EventJson.serializer(EventJson.mapper());
            this.keys = new DataKeys(database.connection().database(), MasterKey.random(), Clock.systemUTC());
            this.sealing = new SealingSerializer(json, json.getObjectMapper(), keys);
            this.store = MongoEventStorageEngine.builder()
                                                .database(database.connection().database())
                                                .json(json.getObjectMapper())
                                                .eventSerializer(sealing)
                                                .snapshotSerializer(json)
                                                .upcasterChain(new SubjectNamedUpcaster())
                                                .ledgerIdOf(message -> ((LedgerEvent) message.getPayload()).ledgerId())
                                                .build();
        }

        MongoCollection<Document> events() {
            return database.connection().database().getCollection(StorageCollections.EVENTS);
        }

        List<Object> read(String aggregateId) {
            try (Stream<? extends DomainEventMessage<?>> events = store.readEvents(aggregateId).asStream()) {
                return events.map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
            }
        }
    }
}
