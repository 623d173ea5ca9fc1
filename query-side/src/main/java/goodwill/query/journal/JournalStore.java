package goodwill.query.journal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import goodwill.query.ReadModelCollections;
import goodwill.storage.WriteConcerns;
import org.springframework.stereotype.Component;

/** The journal's collections, typed, with its indexes made sure of at startup. */
@Component
class JournalStore {

    final MongoCollection<JournalEntry> entries;
    final MongoCollection<JournalSubject> subjects;

    JournalStore(MongoDatabase database) {
        this.entries = WriteConcerns.derived(database)
                                    .getCollection(ReadModelCollections.JOURNAL, JournalEntry.class);
        this.subjects = WriteConcerns.derived(database)
                                     .getCollection(ReadModelCollections.JOURNAL_SUBJECTS, JournalSubject.class);
        // Writes are by _id; these serve listing a ledger newest first on real MongoDB (the embedded server scans).
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("ledgerId"), Indexes.descending("occurredAt"),
                                                  Indexes.descending("position")),
                            new IndexOptions().name("ledger-occurred"));
        entries.createIndex(Indexes.compoundIndex(Indexes.ascending("ledgerId"), Indexes.descending("recordedAt"),
                                                  Indexes.descending("position")),
                            new IndexOptions().name("ledger-recorded"));
    }
}
