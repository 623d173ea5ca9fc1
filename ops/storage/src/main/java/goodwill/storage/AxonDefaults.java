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
 * <p>
 * A processor's unit of work (one batch of a replay, up to a thousand events written to MongoDB) may take more
 * than Axon's default 60 seconds on a busy machine. Axon would interrupt it, and the processor would retry the
 * same batch from its start, again too slowly: a replay that never finishes. So a batch is given
 * {@value #BATCH_LIMIT_MS} ms, with a warning after a minute; a database that stops answering is the driver's
 * timeouts' to report. So is one event's handler (Axon's default is 30 seconds): a person forgotten in a large ledger
 * has each read model fold the whole ledger again in the handling of that one event.
 */
public class AxonDefaults implements EnvironmentPostProcessor {

    private static final String BATCH_LIMIT_MS = "1800000";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("goodwillAxonDefaults", Map.of(
                "axon.axonserver.enabled", "false",
                "axon.update-check.disabled", "true",
                "axon.timeout.transaction.event-processors.timeout-ms", BATCH_LIMIT_MS,
                "axon.timeout.transaction.event-processors.warning-threshold-ms", "60000",
                "axon.timeout.transaction.event-processors.warning-interval-ms", "60000",
                "axon.timeout.handler.events.timeout-ms", BATCH_LIMIT_MS,
                "axon.timeout.handler.events.warning-threshold-ms", "60000",
                "axon.timeout.handler.events.warning-interval-ms", "60000")));
    }
}
