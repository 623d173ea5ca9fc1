package goodwill.command;

import goodwill.events.EventMetaData;
import java.time.Clock;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandSideProperties.class)
class CommandSideConfiguration {

    @Bean
    Timekeeper timekeeper(CommandSideProperties properties) {
        return new Timekeeper(Clock.systemUTC(), properties.futureTolerance());
    }

    /**
     * Copies who recorded a command, and its correlation id, from the command's metadata onto every event it
     * records. Being a {@link CorrelationDataProvider} bean, it replaces Axon's default one, whose
     * {@code correlationId} would be the command's message id rather than the request's.
     */
    @Bean
    CorrelationDataProvider recordedByAndCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetaData.RECORDED_BY, EventMetaData.CORRELATION_ID);
    }
}
