package goodwill.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * @param segments how many segments each processor's work is split into, by ledger, when its tokens are first
     *                 made ({@code goodwill.processors.segments}, default 1): each node runs as many threads, so one
     *                 node alone claims them all, and several share them through the token store
     */
    @Bean
    ConfigurerModule projectionProcessing(@Value("${goodwill.processors.segments:1}") int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("goodwill.processors.segments must be 1 or more, not " + segments);
        }
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .configureDefaultStreamableMessageSource(c -> new LingeringEventSource(c.eventStore()))
                .registerTrackingEventProcessorConfiguration(
                        c -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                                                .andInitialSegmentsCount(segments)
                                                                .andBatchSize(BATCH_SIZE))
                .registerDefaultSequencingPolicy(c -> new LedgerSequencingPolicy())
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, processorName) -> new FlushAtEndOfBatch());
    }
}
