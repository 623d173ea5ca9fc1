package goodwill.storage;

import java.nio.file.Path;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * A process that appends events to the embedded store forever and prints the sequence number of each one
 * the store has acknowledged; {@link CrashDurabilityTest} kills it with SIGKILL.
 */
public final class CrashingAppender {

    public static void main(String[] args) {
        TestDatabase database = TestDatabase.open(Path.of(args[0]), args[1]);
        JacksonSerializer serializer = EventJson.serializer(EventJson.mapper());
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                                                                .database(database.connection().database())
                                                                .json(serializer.getObjectMapper())
                                                                .eventSerializer(serializer)
                                                                .snapshotSerializer(serializer)
                                                                .build();
        for (long sequence = 0; ; sequence++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Note", "crash", sequence, Noted.of("n" + sequence)));
            System.out.println("acknowledged " + sequence);
            System.out.flush();
        }
    }
}
