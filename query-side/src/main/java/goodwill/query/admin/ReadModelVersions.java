package goodwill.query.admin;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import goodwill.query.ReadModelVersion;
import goodwill.storage.WriteConcerns;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.lifecycle.Phase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Brings every read model to the version of the code that runs it (see {@link ReadModelVersion}), just before
 * the processors start: a processor whose read model was written by another version (or by a build from before
 * versions were kept) is reset, so it starts by rebuilding from history, its queries answering "rebuilding"
 * meanwhile. A processor that has never run has nothing to rebuild; its version is only noted. When another
 * node holds the processor, this node leaves it to that one and says so in its log.
 */
@Component
class ReadModelVersions implements ConfigurerModule {

    /** Which version of each processing group's read model the database holds, keyed by the group's name. */
    static final String COLLECTION = "read_model_versions";

    private static final Logger log = LoggerFactory.getLogger(ReadModelVersions.class);
    private static final int BEFORE_PROCESSORS_START = Phase.INBOUND_EVENT_CONNECTORS - 1;

    private final ApplicationContext context;
    private final MongoCollection<Document> versions;

    ReadModelVersions(ApplicationContext context, MongoDatabase database) {
        this.context = context;
        this.versions = WriteConcerns.derived(database).getCollection(COLLECTION);
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(configuration -> configuration.onStart(BEFORE_PROCESSORS_START,
                                                                       () -> bringUpToDate(configuration)));
    }

    private void bringUpToDate(Configuration configuration) {
        bringUpToDate(configuration.eventProcessingConfiguration(), configuration.getComponent(TokenStore.class));
    }

    /** Resets each stopped tracking processor whose read model another version wrote; what it did, by group. */
    Map<String, Outcome> bringUpToDate(EventProcessingConfiguration processing, TokenStore tokens) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        declared().forEach((group, version) -> processing.eventProcessorByProcessingGroup(group, TrackingEventProcessor.class)
                .ifPresent(processor -> outcomes.put(group, bringUpToDate(group, version, processor, tokens))));
        return outcomes;
    }

    private Outcome bringUpToDate(String group, int version, TrackingEventProcessor processor, TokenStore tokens) {
        Document stored = versions.find(eq("_id", group)).first();
        if (stored != null && stored.getInteger("version", 0) == version) {
            return Outcome.CURRENT;
        }
        if (tokens.fetchSegments(processor.getName()).length == 0) {
            note(group, version);
            return Outcome.NEW;
        }
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException | IllegalStateException e) {
            log.warn("The read model '{}' was written by version {} and this node runs version {}, but it cannot be "
                             + "rebuilt here ({}); it is rebuilt where its processor runs once that node runs this version.",
                     group, stored == null ? "(none)" : stored.get("version"), version, e.getMessage());
            return Outcome.LEFT_TO_ANOTHER_NODE;
        }
        note(group, version);
        log.info("Rebuilding the read model '{}' from history: it was written by version {}, this is version {}.",
                 group, stored == null ? "(none)" : stored.get("version"), version);
        return Outcome.REBUILDING;
    }

    private void note(String group, int version) {
        versions.replaceOne(eq("_id", group), new Document("_id", group).append("version", version),
                            new ReplaceOptions().upsert(true));
    }

    /** Each projection's processing group and the version it declares. */
    private Map<String, Integer> declared() {
        Map<String, Integer> declared = new TreeMap<>();
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            ReadModelVersion version = AnnotationUtils.findAnnotation(type, ReadModelVersion.class);
            declared.merge(group.value(), version == null ? 1 : version.value(), Math::max);
        });
        return declared;
    }

    enum Outcome {
        /** The read model is of this version. */
        CURRENT,
        /** Its processor has never run: nothing to rebuild. */
        NEW,
        /** Reset: the processor rebuilds it from history as it starts. */
        REBUILDING,
        /** Another node holds the processor; it is rebuilt there. */
        LEFT_TO_ANOTHER_NODE
    }
}
