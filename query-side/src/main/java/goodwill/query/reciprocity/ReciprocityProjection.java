package goodwill.query.reciprocity;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;
import goodwill.query.ReadModelVersion;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Keeps the reciprocity read model: every ledger event folded by {@link ReciprocityFold} into its collections,
 * written at the end of the processor's batch. Replaying it from the start rebuilds the model.
 */
@Component
@ReadModelVersion(2)
@ProcessingGroup(ReciprocityProjection.PROCESSING_GROUP)
class ReciprocityProjection extends FoldProjection {

    static final String PROCESSING_GROUP = "reciprocity";

    ReciprocityProjection(MongoDatabase database) {
        super(database, ReciprocityFold::new);
    }
}
