package goodwill.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's event processor is a subscribing one: it runs in the unit of work that appends the event,
 * so the directory is up to date when a command returns (a tracking processor would lag behind). A failure
 * to write it propagates, so that it is seen, instead of being logged and forgotten.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    static final String PROCESSING_GROUP = "ledger-directory";

    @Bean
    ConfigurerModule ledgerDirectoryProcessing() {
        return configurer -> configurer.eventProcessing()
                                       .registerSubscribingEventProcessor(PROCESSING_GROUP)
                                       .registerListenerInvocationErrorHandler(
                                               PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
