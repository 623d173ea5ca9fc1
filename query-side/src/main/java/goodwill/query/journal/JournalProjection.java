package goodwill.query.journal;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;
import goodwill.query.ReadModelVersion;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Keeps the journal: every ledger event folded by {@link JournalFold}. Version 2 added the links
 * ({@code correctsEventId}, {@code correctedBy}, {@code changes}) and {@code journal_subjects}.
 */
@Component
@ReadModelVersion(2)
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
class JournalProjection extends FoldProjection {

    static final String PROCESSING_GROUP = "journal";

    JournalProjection(MongoDatabase database) {
        super(database, JournalFold::new);
    }
}
