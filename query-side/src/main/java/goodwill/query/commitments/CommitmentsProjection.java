package goodwill.query.commitments;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/** Keeps the commitments read model: every event folded by {@link CommitmentsFold}. */
@Component
@ProcessingGroup(CommitmentsProjection.PROCESSING_GROUP)
class CommitmentsProjection extends FoldProjection {

    static final String PROCESSING_GROUP = "commitments";

    CommitmentsProjection(MongoDatabase database) {
        super(database, CommitmentsFold::new);
    }
}
