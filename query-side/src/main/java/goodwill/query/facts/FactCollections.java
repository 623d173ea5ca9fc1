package goodwill.query.facts;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import goodwill.query.BatchedDocuments;
import goodwill.query.facts.FactsFold.Looked;
import goodwill.storage.WriteConcerns;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * One read model's own copy of the ledgers' facts: five collections, named by the read model (see
 * {@code ReadModelCollections}), so that each read model is replayed and cleared alone. The projection keeps
 * them with {@link #fold()}, queries read one ledger's with {@link #load}.
 */
public final class FactCollections {

    private final MongoCollection<FactsLedger> ledgers;
    private final MongoCollection<Person> people;
    private final MongoCollection<KeptFavor> favors;
    private final MongoCollection<KeptMeeting> meetings;
    private final MongoCollection<Introduction> introductions;

    /** Makes sure of the indexes: every write and single read is by {@code _id}; these serve loading a ledger. */
    public FactCollections(MongoDatabase database, String ledgers, String people, String favors, String meetings,
                           String introductions) {
        database = WriteConcerns.derived(database);
        this.ledgers = database.getCollection(ledgers, FactsLedger.class);
        this.people = withLedgerIndex(database.getCollection(people, Person.class));
        this.favors = withLedgerIndex(database.getCollection(favors, KeptFavor.class));
        this.meetings = withLedgerIndex(database.getCollection(meetings, KeptMeeting.class));
        this.introductions = withLedgerIndex(database.getCollection(introductions, Introduction.class));
    }

    private static <T> MongoCollection<T> withLedgerIndex(MongoCollection<T> collection) {
        collection.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
        return collection;
    }

    /**
     * The fold over these collections, its changes written at the end of the processor's batch (at once outside
     * one). One per projection: the batch's documents are found again by collection.
     */
    public FactsFold fold() {
        return new FactsFold(batched(new BatchedDocuments<>(ledgers, FactsLedger::ledgerId)),
                             batched(people, Person::id, Looked.PEOPLE), batched(favors, KeptFavor::id, Looked.FAVORS),
                             batched(meetings, KeptMeeting::id, Looked.MEETINGS),
                             batched(introductions, Introduction::id, Looked.INTRODUCTIONS));
    }

    /** A kind the fold looks for by a key the event names: a batch loads those of all its events at once. */
    private static <T> FactsFold.Documents<T> batched(MongoCollection<T> collection, Function<T, String> idOf,
                                                      Looked kind) {
        return batched(new BatchedDocuments<>(collection, idOf,
                                              message -> FactsFold.lookedUp(message.getPayload(), kind)));
    }

    private static <T> FactsFold.Documents<T> batched(BatchedDocuments<T> documents) {
        return new FactsFold.Documents<>() {
            @Override
            public Optional<T> find(String id) {
                return documents.find(id);
            }

            @Override
            public void put(T document) {
                documents.put(document);
            }
        };
    }

    /**
     * One ledger's facts as far as the projection has caught up, or empty for a ledger it does not know. Scans on
     * the embedded server, index walks on real MongoDB; fine at a ledger's size.
     */
    public Optional<LedgerFacts> load(String ledgerId) {
        FactsLedger ledger = ledgers.find(eq("_id", ledgerId)).first();
        if (ledger == null) {
            return Optional.empty();
        }
        return Optional.of(LedgerFacts.of(ledger, people.find(eq("ledgerId", ledgerId)),
                                          favors.find(eq("ledgerId", ledgerId)),
                                          meetings.find(eq("ledgerId", ledgerId)),
                                          introductions.find(eq("ledgerId", ledgerId))));
    }

    /** Everything, for a replay from the start. */
    public void clear() {
        ledgers.deleteMany(new Document());
        people.deleteMany(new Document());
        favors.deleteMany(new Document());
        meetings.deleteMany(new Document());
        introductions.deleteMany(new Document());
    }
}
