package goodwill.query;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * Refuses to apply an event to a read model when it carries a time the query side cannot handle (outside
 * {@link HandledTimes}): the command side no longer records one, but an event stored before it refused them stays
 * in the history for good, and a BSON date cannot hold it. The refusal is thrown inside the handler, so the
 * processor's dead-letter queue sets the event aside with its ledger's later events ({@link DeadLetters}) instead
 * of the read model failing at its next write, for every ledger.
 * <p>
 * It wraps every event handler but the command side's, as {@link DeadLetters} gives every processor but the command
 * side's a dead-letter queue.
 */
@Component
class EventTimesGuard implements HandlerEnhancerDefinition {

    /** The accessors of a record's time components. */
    private static final ClassValue<List<Map.Entry<String, MethodHandle>>> TIMES = new ClassValue<>() {
        @Override
        protected List<Map.Entry<String, MethodHandle>> computeValue(Class<?> type) {
            List<Map.Entry<String, MethodHandle>> times = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() == Instant.class || component.getType() == LocalDate.class) {
                        try {
                            times.add(Map.entry(component.getName(),
                                                MethodHandles.publicLookup().unreflect(component.getAccessor())));
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException("An event's fields are public: " + component, e);
                        }
                    }
                }
            }
            return List.copyOf(times);
        }
    };

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || DeadLetters.commandSide(original.declaringClass())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                requireHandledTimes(message.getPayload());
                return super.handle(message, target);
            }
        };
    }

    static void requireHandledTimes(Object payload) {
        for (Map.Entry<String, MethodHandle> time : TIMES.get(payload.getClass())) {
            Object value;
            try {
                value = time.getValue().invoke(payload);
            } catch (Throwable e) {
                throw new IllegalStateException("A record's accessor failed", e);
            }
            boolean handled = value == null
                    || value instanceof Instant instant && HandledTimes.handled(instant)
                    || value instanceof LocalDate day && HandledTimes.handled(day);
            if (!handled) {
                throw new UnhandledTime(payload.getClass().getSimpleName() + " has " + time.getKey() + " " + value
                                                + ", outside what read models handle (" + HandledTimes.IN_WORDS + ").");
            }
        }
    }

    /** An event that carries a time no read model can hold. */
    static final class UnhandledTime extends RuntimeException {

        UnhandledTime(String message) {
            super(message);
        }
    }
}
