package goodwill.storage;

import java.nio.file.Path;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * A process that appends events to the embedded store forever and prints the sequence number of each one
 * the store has acknowledged; {@link CrashDurabilityTest} kills it with SIGKILL.
 */
public final class CrashingAppender {

    public static void main(String[] args) {
        TestDatabase database = TestDatabase.open(Path.of(args[0]), args[1]);
        MongoEventStorageEngine engine = database.eventStore(builder -> builder);
        for (long sequence = 0; ; sequence++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Note", "crash", sequence, Noted.of("n" + sequence)));
            System.out.println("acknowledged " + sequence);
            System.out.flush();
        }
    }
}
