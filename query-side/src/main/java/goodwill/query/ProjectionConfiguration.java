package goodwill.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every projection is processed, by default: a tracking processor per processing group (so each read
 * model can be replayed alone), batches of up to {@value #BATCH_SIZE} events written with one bulk write (a
 * processor at the head {@linkplain LingeringEventSource lingers} a moment for a batch to form),
 * a ledger's events in order, and a failing handler retried rather than skipped (a skipped event would
 * leave a read model silently wrong).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    static final int BATCH_SIZE = 1_000;

    @Bean
    ConfigurerModule projectionProcessing() {
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .configureDefaultStreamableMessageSource(c -> new LingeringEventSource(c.eventStore()))
                .registerTrackingEventProcessorConfiguration(
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH_SIZE))
                .registerDefaultSequencingPolicy(c -> new LedgerSequencingPolicy())
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, processorName) -> new FlushAtEndOfBatch());
    }
}
