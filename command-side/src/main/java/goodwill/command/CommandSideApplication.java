package goodwill.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The command side on its own: the HTTP command API in front of the aggregates, appending to the event
 * store (an embedded one unless {@code MONGODB_URI} names a MongoDB shared with a query side).
 */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
