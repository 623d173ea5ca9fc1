package goodwill.storage;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a Spring test context storage of its own: a fresh embedded server on a fresh data directory, or,
 * when {@code MONGODB_URI} is set, a database of its own on that real MongoDB. Use it with
 * {@code @ContextConfiguration(initializers = IsolatedStorage.class)}.
 */
public class IsolatedStorage implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolatedStorage", Map.of(
                "goodwill.mongodb.data-directory", TemporaryData.directory("goodwill-test-").toString(),
                "goodwill.mongodb.database", "test-" + UUID.randomUUID())));
    }
}
