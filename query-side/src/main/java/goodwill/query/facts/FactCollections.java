package goodwill.query.facts;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.DocumentStore;
import goodwill.query.LedgerDocuments;
import java.util.Optional;

/**
 * One read model's own copy of the ledgers' facts: five collections, named by the read model (see
 * {@code ReadModelCollections}), so that each read model is replayed and cleared alone. The projection keeps
 * them with {@link #foldOver}, queries read one ledger's with {@link #load}.
 */
public final class FactCollections {

    private final MongoCollection<FactsLedger> ledgers;
    private final MongoCollection<Person> people;
    private final MongoCollection<KeptFavor> favors;
    private final MongoCollection<KeptMeeting> meetings;
    private final MongoCollection<KeptIntroduction> introductions;
    private final FactsFold.Collections names;

    /** Makes sure of the indexes: every write and single read is by {@code _id}; these serve loading a ledger. */
    public FactCollections(MongoDatabase database, String ledgers, String people, String favors, String meetings,
                           String introductions) {
        this.names = new FactsFold.Collections(ledgers, people, favors, meetings, introductions);
        this.ledgers = database.getCollection(ledgers, FactsLedger.class);
        this.people = LedgerDocuments.index(database.getCollection(people, Person.class));
        this.favors = LedgerDocuments.index(database.getCollection(favors, KeptFavor.class));
        this.meetings = LedgerDocuments.index(database.getCollection(meetings, KeptMeeting.class));
        this.introductions = LedgerDocuments.index(database.getCollection(introductions, KeptIntroduction.class));
    }

    /** The fold that keeps these collections, over {@code store}: a projection's, or one in memory. */
    public FactsFold foldOver(DocumentStore store) {
        return new FactsFold(store, names);
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
}
