package goodwill.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The query side on its own: projections tracking the event store (an embedded one unless
 * {@code MONGODB_URI} names a MongoDB shared with a command side) and the HTTP query API over their read
 * models.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
