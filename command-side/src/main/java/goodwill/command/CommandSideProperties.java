package goodwill.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the command side.
 *
 * @param futureTolerance how far past the server's clock an {@code occurredAt} may lie: clients' clocks are
 *                        not exact, but a fact dated in the future is a mistake
 * @param maxRequestBody  the largest request body accepted; a command is small, anything larger is refused
 *                        before it is read
 * @param maxImportFile   the largest file an import reads (a LinkedIn export of tens of thousands of connections is
 *                        a few megabytes)
 */
@ConfigurationProperties("goodwill.command")
public record CommandSideProperties(@DefaultValue("5m") Duration futureTolerance,
                                    @DefaultValue("64KB") DataSize maxRequestBody,
                                    @DefaultValue("50MB") DataSize maxImportFile) {
}
