package goodwill.ops.cluster;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.lang.management.ManagementFactory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

/**
 * A processor of the cluster test's query-side processes, given to them with {@code spring.main.sources} (it is
 * no component, so no other test's application picks it up): for every event it is handed, the node that handled
 * it is added to the event's document, keyed by event id, at once. So the test sees which events every node
 * handled, and how often.
 */
@ProcessingGroup(CountingProjection.GROUP)
public class CountingProjection {

    static final String GROUP = "cluster-counting";
    static final String COLLECTION = "cluster_counting";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> seen;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    public CountingProjection(MongoDatabase database) {
        this.seen = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        seen.updateOne(eq("_id", message.getIdentifier()), Updates.push("by", node), UPSERT);
    }
}
