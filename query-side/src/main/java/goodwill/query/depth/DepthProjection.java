package goodwill.query.depth;

import com.mongodb.client.MongoDatabase;
import goodwill.query.facts.FactsProjection;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Keeps the breadth and depth read model: the facts the report is computed from when read (people, merges,
 * favors, meetings and introductions as corrected). Nothing depending on the time of reading is stored.
 */
@Component
@ProcessingGroup(DepthProjection.PROCESSING_GROUP)
class DepthProjection extends FactsProjection {

    static final String PROCESSING_GROUP = "depth";

    DepthProjection(MongoDatabase database, DepthStore store) {
        super(database, store.facts);
    }
}
