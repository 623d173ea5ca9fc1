package goodwill.storage;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Axon settings every Goodwill process shares, as defaults an application may still override: there is no
 * Axon Server (the event store is ours, on MongoDB), and nothing phones home, so the app starts offline
 * without warnings about unreachable hosts.
 */
public class AxonDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("goodwillAxonDefaults", Map.of(
                "axon.axonserver.enabled", "false",
                "axon.update-check.disabled", "true")));
    }
}
