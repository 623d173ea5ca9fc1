package goodwill.query.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} is down while a processor is in error (it retries an event it cannot handle, and
 * applies nothing after it) or a read model holds events it set aside: some answers are then not the whole
 * history. The details name each such processor; the processors API says more.
 */
@Component("readModels")
class ReadModelsHealth implements HealthIndicator {

    private final Processors processors;

    ReadModelsHealth(Processors processors) {
        this.processors = processors;
    }

    @Override
    public Health health() {
        List<ProcessorStatus> all = processors.all();
        Map<String, Object> unwell = new LinkedHashMap<>();
        for (ProcessorStatus processor : all) {
            if (processor.status() == ProcessorState.ERROR) {
                unwell.put(processor.name(), "in error: it retries an event it cannot handle");
            } else if (processor.setAside() != null && processor.setAside() > 0) {
                unwell.put(processor.name(), processor.setAside() + " ledger(s) with events set aside");
            }
        }
        return (unwell.isEmpty() ? Health.up() : Health.down()).withDetail("processors", all.size())
                                                              .withDetails(unwell).build();
    }
}
