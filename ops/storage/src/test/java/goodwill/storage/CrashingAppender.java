package goodwill.storage;

import goodwill.events.ContactArchived;
import java.nio.file.Path;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * A process that appends events to the embedded store forever and prints the sequence number of each one
 * the store has acknowledged; {@link CrashDurabilityTest} kills it with SIGKILL. With a third argument
 * {@code command}, each append is made in a unit of work, as a command makes it, and acknowledged once the unit
 * has committed.
 */
public final class CrashingAppender {

    public static void main(String[] args) {
        TestDatabase database = TestDatabase.open(Path.of(args[0]), args[1]);
        MongoEventStorageEngine engine = database.eventStore(builder -> builder);
        boolean asCommands = args.length > 2 && args[2].equals("command");
        for (long sequence = 0; ; sequence++) {
            GenericDomainEventMessage<ContactArchived> event =
                    new GenericDomainEventMessage<>("Note", "crash", sequence, Noted.of("n" + sequence));
            if (asCommands) {
                DefaultUnitOfWork.startAndGet(null).execute(() -> engine.appendEvents(event));
            } else {
                engine.appendEvents(event);
            }
            System.out.println("acknowledged " + sequence);
            System.out.flush();
        }
    }
}
