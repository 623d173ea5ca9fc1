package goodwill.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives.
 *
 * @param uri           a MongoDB connection string; when blank, {@code MONGODB_URI} is used, and when that is
 *                      blank too, the embedded server is started
 * @param database      the database holding the event store, the tokens and the read models
 * @param dataDirectory the embedded server's data directory
 * @param embeddedPort  the embedded server's loopback port (0: any free port)
 * @param embeddedCacheMegabytes the embedded server's page cache: history that fits in it replays several
 *                      times faster than history read back from the file
 * @param gapTimeout    how long a reader waits for an event position whose commit has not become visible
 */
@ConfigurationProperties("goodwill.mongodb")
public record StorageProperties(String uri,
                                @DefaultValue("goodwill") String database,
                                @DefaultValue("./data") Path dataDirectory,
                                @DefaultValue("0") int embeddedPort,
                                @DefaultValue("256") int embeddedCacheMegabytes,
                                @DefaultValue("60s") Duration gapTimeout) {
}
