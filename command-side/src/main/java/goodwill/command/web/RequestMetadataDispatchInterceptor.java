package goodwill.command.web;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Attaches the request metadata to every command sent while an HTTP request is handled, so controllers
 * send plain commands. Metadata a sender set explicitly is kept.
 */
@Component
class RequestMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> RequestMetadata.current()
                .<CommandMessage<?>>map(metadata -> command.withMetaData(
                        MetaData.from(metadata.asMetaData()).mergedWith(command.getMetaData())))
                .orElse(command);
    }
}
