package goodwill.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * How the read models keep a ledger's documents: its own under its id in a collection of ledgers, the rest under ids
 * of their own with the ledger's in {@code ledgerId}, indexed to list them. A ledger that a read model does not hold
 * is unknown to its queries, whether it was never opened or the projection has not come to it yet.
 */
public final class LedgerDocuments {

    private LedgerDocuments() {
    }

    /** The ledger's own document, or a 404 {@code unknown-ledger}. */
    public static <T> T require(MongoCollection<T> ledgers, String ledgerId) {
        T ledger = ledgers.find(eq("_id", ledgerId)).first();
        if (ledger == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        return ledger;
    }

    /**
     * Makes sure of the collection's index on {@code ledgerId}, and gives the collection: every write and single
     * read is by {@code _id}, so this serves listing a ledger's documents (a scan on the embedded server, an index
     * walk on real MongoDB).
     */
    public static <T> MongoCollection<T> index(MongoCollection<T> documents) {
        documents.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
        return documents;
    }
}
