package goodwill.ops.demo;

import goodwill.access.Accounts;
import goodwill.events.EventMetaData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import me.tongfei.progressbar.ProgressBar;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Records a {@link SampleNetwork} through the command bus, one command at a time and in order (later commands
 * name what earlier ones created). Every command carries its own id and time, and the command side's creates
 * and corrections are idempotent, so loading a network that is loaded already records nothing new: an
 * interrupted load is finished by loading again. Its events say they were recorded by
 * {@value #RECORDED_BY}, as events recorded over HTTP name their user, all under one correlation id per load.
 */
@Component
public class DemoLoader {

    /** Who the demo's events say recorded them. */
    public static final String RECORDED_BY = Accounts.FIRST_ADMINISTRATOR;

    /** What a load did: me's id in the demo ledger, how many commands were sent, and how long it took. */
    public record Loaded(String meId, int commands, Duration took) {
    }

    private final CommandGateway commands;

    DemoLoader(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * @throws IllegalStateException naming the command, when one is refused: a generated network that the
     *                               command side refuses is a bug of the generator
     */
    public Loaded load(SampleNetwork network) {
        long started = System.nanoTime();
        Map<String, String> recorded = Map.of(EventMetaData.RECORDED_BY, RECORDED_BY,
                                              EventMetaData.CORRELATION_ID, UUID.randomUUID().toString());
        String meId = send(network.opening(), 0, recorded);
        List<Object> history = network.commands(meId);
        try (ProgressBar progress = new ProgressBar("Loading the demo ledger", history.size())) {
            for (int i = 0; i < history.size(); i++) {
                send(history.get(i), i + 1, recorded);
                progress.step();
            }
        }
        return new Loaded(meId, history.size() + 1, Duration.ofNanos(System.nanoTime() - started));
    }

    private <R> R send(Object command, int position, Map<String, String> recorded) {
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(recorded));
        } catch (RuntimeException refused) {
            throw new IllegalStateException("Command " + position + " of the sample network was refused ("
                                                    + refused.getMessage() + "): " + command, refused);
        }
    }
}
