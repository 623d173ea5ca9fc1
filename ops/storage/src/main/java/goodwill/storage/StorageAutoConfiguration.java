package goodwill.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import goodwill.events.LedgerEvent;
import goodwill.storage.crypto.DataKeys;
import goodwill.storage.crypto.Forgetting;
import goodwill.storage.crypto.MasterKey;
import goodwill.storage.crypto.SealingSerializer;
import java.time.Clock;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Axon on MongoDB for any Goodwill process (command side, query side, or both in one): the client, the
 * event store, the token store and the serializers. Either side can run alone against a shared MongoDB.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, MongoAutoConfiguration.class})
@EnableConfigurationProperties(StorageProperties.class)
public class StorageAutoConfiguration {

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(StorageProperties properties, @Value("${MONGODB_URI:}") String environmentUri) {
        String uri = properties.uri() == null || properties.uri().isBlank() ? environmentUri : properties.uri();
        return MongoConnection.open(uri, properties);
    }

    @Bean(destroyMethod = "")
    MongoClient mongoClient(MongoConnection connection) {
        return connection.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoConnection connection) {
        return connection.database();
    }

    @Bean
    LedgerHistory ledgerHistory(MongoDatabase database) {
        return new LedgerHistory(database);
    }

    /** Events, snapshots, metadata, tokens and messages: all JSON, through one mapper of their own. */
    @Bean
    @Primary
    JacksonSerializer serializer() {
        return EventJson.serializer(EventJson.mapper());
    }

    /**
     * The key that wraps every person's data key: {@code GOODWILL_MASTER_KEY}, else the data directory's key file,
     * made on the first start. Every process of one database needs the same one.
     */
    @Bean
    MasterKey masterKey(StorageProperties properties, @Value("${GOODWILL_MASTER_KEY:}") String environment) {
        return MasterKey.load(environment, properties.dataDirectory());
    }

    @Bean
    DataKeys dataKeys(MongoDatabase database, MasterKey masterKey) {
        return new DataKeys(database, masterKey, Clock.systemUTC());
    }

    /** What forgetting a person does to the storage: their key destroyed, the embedded store's file rewritten. */
    @Bean(destroyMethod = "close")
    Forgetting forgetting(DataKeys keys, MongoConnection connection) {
        return new Forgetting(keys, connection::rewriteEmbeddedFile);
    }

    /** History stored before sealing is sealed in place once, when Goodwill first starts on the store. */
    @Bean
    HistorySealing historySealing(MongoDatabase database, JacksonSerializer serializer,
                                  SealingSerializer eventSerializer) {
        HistorySealing sealing = new HistorySealing(database, serializer.getObjectMapper(), eventSerializer);
        long sealed = sealing.sealOnce();
        if (sealed > 0) {
            LoggerFactory.getLogger(HistorySealing.class)
                         .info("Sealed the personal details of {} events stored in clear before sealing", sealed);
        }
        return sealing;
    }

    /** Events with their personal details sealed, each person's with their own key. */
    @Bean
    @Qualifier("eventSerializer")
    SealingSerializer eventSerializer(JacksonSerializer serializer, DataKeys keys) {
        return new SealingSerializer(serializer, serializer.getObjectMapper(), keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(JacksonSerializer serializer) {
        return serializer;
    }

    @Bean
    MongoEventStorageEngine eventStorageEngine(MongoDatabase database, JacksonSerializer serializer,
                                               SealingSerializer eventSerializer, StorageProperties properties) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .json(serializer.getObjectMapper())
                                      .eventSerializer(eventSerializer)
                                      .snapshotSerializer(serializer)
                                      .upcasterChain(new SubjectNamedUpcaster())
                                      .ledgerIdOf(message -> message.getPayload() instanceof LedgerEvent event
                                              ? event.ledgerId() : null)
                                      .gapTimeout(properties.gapTimeout())
                                      .build();
    }

    /** Processor positions are derived: see {@link WriteConcerns}. */
    @Bean
    TokenStore tokenStore(MongoDatabase database, JacksonSerializer serializer) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(WriteConcerns.derived(database))
                                                                 .trackingTokensCollectionName(StorageCollections.TOKENS)
                                                                 .build())
                              .serializer(serializer)
                              .build();
    }

    /** Aggregates that live long (a ledger, a busy contact) opt in with {@code snapshotTriggerDefinition = "snapshotTrigger"}. */
    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter,
                                              @Value("${goodwill.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
