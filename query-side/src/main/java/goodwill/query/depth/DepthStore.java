package goodwill.query.depth;

import com.mongodb.client.MongoDatabase;
import goodwill.query.ReadModelCollections;
import goodwill.query.facts.FactCollections;
import org.springframework.stereotype.Component;

/** The breadth and depth read model's collections: its own copy of the ledgers' facts. */
@Component
class DepthStore {

    final FactCollections facts;

    DepthStore(MongoDatabase database) {
        this.facts = new FactCollections(database, ReadModelCollections.DEPTH_LEDGERS, ReadModelCollections.DEPTH_PEOPLE,
                                         ReadModelCollections.DEPTH_FAVORS, ReadModelCollections.DEPTH_MEETINGS,
                                         ReadModelCollections.DEPTH_INTRODUCTIONS);
    }
}
