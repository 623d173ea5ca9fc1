package goodwill.query.introductions;

import com.mongodb.client.MongoDatabase;
import goodwill.query.ReadModelCollections;
import goodwill.query.facts.FactCollections;
import org.springframework.stereotype.Component;

/** The introductions read model's collections: its own copy of the ledgers' facts. */
@Component
class IntroductionsStore {

    final FactCollections facts;

    IntroductionsStore(MongoDatabase database) {
        this.facts = new FactCollections(database, ReadModelCollections.INTRODUCTIONS_LEDGERS,
                                         ReadModelCollections.INTRODUCTIONS_PEOPLE,
                                         ReadModelCollections.INTRODUCTIONS_FAVORS,
                                         ReadModelCollections.INTRODUCTIONS_MEETINGS, ReadModelCollections.INTRODUCTIONS);
    }
}
