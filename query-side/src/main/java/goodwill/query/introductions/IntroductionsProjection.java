package goodwill.query.introductions;

import com.mongodb.client.MongoDatabase;
import goodwill.query.facts.FactsProjection;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Keeps the introductions read model: the facts its views are computed from (people and their names, merges,
 * introductions with their outcomes, and the favors and meetings that passed afterwards).
 */
@Component
@ProcessingGroup(IntroductionsProjection.PROCESSING_GROUP)
class IntroductionsProjection extends FactsProjection {

    static final String PROCESSING_GROUP = "introductions";

    IntroductionsProjection(MongoDatabase database, IntroductionsStore store) {
        super(database, store.facts);
    }
}
