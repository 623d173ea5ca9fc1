package goodwill.query;

import com.mongodb.client.MongoDatabase;
import goodwill.storage.WriteConcerns;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * A read model that cannot apply an event sets it aside instead of stopping: the event goes into its processor's
 * dead-letter queue (Axon's sequenced one, in MongoDB), and so do its ledger's later events, in order (the
 * processors' sequencing policy is by ledger), while every other ledger's events keep being applied. The ledger's
 * queries to that read model then answer {@code 503 read-model-degraded}, naming the event, rather than an answer
 * that silently lacks it; health is down; an administrator retries the ledger's events once the cause is fixed, or
 * evicts them (see the processors API). A replay clears the queue and sets aside again whatever still fails, so it
 * completes.
 * <p>
 * Every processing group has one but those in the command's unit of work (the directory and the memberships must
 * fail their command instead).
 */
@Component
public class DeadLetters implements ConfigurerModule {

    /** Ledgers set aside at once, per read model; beyond it, the processor stops on the next failure. */
    private static final int MAX_LEDGERS = 1_024;
    /** A ledger's events set aside, per read model: the failing one and every later one, until retried. */
    private static final int MAX_EVENTS_OF_A_LEDGER = 100_000;

    /**
     * The events set aside, one document per event, by processing group and ledger. Not a read model (a replay
     * clears a processor's part of it and fills it again with what still fails).
     */
    public static final String COLLECTION = "dead_letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final ApplicationContext context;
    private final MongoDatabase database;

    DeadLetters(ApplicationContext context, MongoDatabase database) {
        this.context = context;
        this.database = database;
    }

    @Override
    public void configureModule(Configurer configurer) {
        for (String group : readModels()) {
            configurer.eventProcessing()
                      .registerDeadLetterQueue(group, c -> queue(group, c.eventSerializer()))
                      .registerDeadLetterPolicy(group, c -> (letter, cause) -> {
                          log.warn("The read model '{}' could not apply event {} ({}); it sets it aside with its ledger's "
                                           + "later events until they are retried or evicted",
                                   group, letter.message().getIdentifier(),
                                   letter.message().getPayloadType().getSimpleName(), cause);
                          return Decisions.enqueue(cause);
                      })
                      .registerDeadLetteringEventHandlerInvokerConfiguration(
                              group, (c, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
        }
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group, Serializer serializer) {
        return MongoSequencedDeadLetterQueue.builder()
                                            .processingGroup(group)
                                            .mongoTemplate(DefaultMongoTemplate.builder()
                                                                               .mongoDatabase(WriteConcerns.derived(database))
                                                                               .build()
                                                                               .withDeadLetterCollection(COLLECTION))
                                            .serializer(serializer)
                                            .maxSequences(MAX_LEDGERS)
                                            .maxSequenceSize(MAX_EVENTS_OF_A_LEDGER)
                                            .build();
    }

    /** The processing groups of every event handler but those that run in the command's unit of work. */
    private Set<String> readModels() {
        Set<String> groups = new TreeSet<>();
        for (String name : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = context.getType(name);
            if (type != null && !commandSide(type)) {
                groups.add(AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value());
            }
        }
        return groups;
    }

    /**
     * Whether the handler runs in the unit of work of the command that records the event (the command side's directory,
     * the memberships of {@code goodwill.access}): what it fails to handle must fail that command, never be set aside.
     */
    static boolean commandSide(Class<?> handler) {
        return handler.getPackageName().startsWith("goodwill.command") || handler.getPackageName().startsWith("goodwill.access");
    }
}
