package goodwill.query.advocacy;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;
import goodwill.query.ReadModelVersion;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Keeps the advocacy read model: every ledger event folded by {@link AdvocacyFold}, written at the end of the
 * processor's batch. Scores are not stored: they depend on the day they are read. Replaying it from the start
 * rebuilds the facts, with the running version's selection.
 */
@Component
@ReadModelVersion(AdvocacyFormula.VERSION)
@ProcessingGroup(AdvocacyProjection.PROCESSING_GROUP)
class AdvocacyProjection extends FoldProjection {

    static final String PROCESSING_GROUP = "advocacy";

    AdvocacyProjection(MongoDatabase database) {
        super(database, AdvocacyFold::new);
    }
}
