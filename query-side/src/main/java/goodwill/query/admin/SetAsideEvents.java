package goodwill.query.admin;

import goodwill.events.LedgerEvent;
import goodwill.query.DeadLetters;
import goodwill.query.NotFoundException;
import goodwill.query.ReadModelDegraded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * What each read model set aside ({@link DeadLetters}), by ledger, and what an administrator does about it: retry
 * the ledgers' events (once the cause is fixed: a new version, or data the event depends on) or evict them (the read
 * model then lacks them until a replay, which sets aside again whatever still fails).
 */
@Component
class SetAsideEvents {

    /** One ledger's events set aside by a read model: the first (the one that failed), and how many in all. */
    record SetAsideLedger(String ledgerId, long events, String eventId, String eventType, Instant setAsideAt,
                          String reason) {
    }

    /** What a retry did: ledgers whose events were all applied, and ledgers still set aside. */
    record Retried(int applied, long stillSetAside) {
    }

    /** A cause in words meant for people: only a refusal of the query side's own names no Java type. */
    private static final String UNHANDLED_TIME = "goodwill.query.EventTimesGuard$UnhandledTime";

    private final EventProcessingConfiguration processing;

    SetAsideEvents(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The ledgers the read model set events of aside; empty for a processor without a dead-letter queue. */
    List<SetAsideLedger> ledgers(String processingGroup) {
        List<SetAsideLedger> ledgers = new ArrayList<>();
        queue(processingGroup).ifPresent(queue -> queue.deadLetters().forEach(
                sequence -> first(sequence).ifPresent(letter -> ledgers.add(ledgerOf(queue, letter)))));
        return ledgers;
    }

    /** How many ledgers the read model set events of aside. */
    long count(String processingGroup) {
        return queue(processingGroup).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
    }

    /** Why the read model cannot answer about the ledger, if it set one of its events aside. */
    Optional<ReadModelDegraded> degraded(String processingGroup, String ledgerId) {
        return queue(processingGroup).filter(queue -> queue.contains(ledgerId))
                                     .flatMap(queue -> first(queue.deadLetterSequence(ledgerId)).map(letter -> {
                                         SetAsideLedger ledger = ledgerOf(queue, letter);
                                         return new ReadModelDegraded(processingGroup, ledgerId, ledger.eventType(),
                                                                      ledger.eventId(), ledger.reason(),
                                                                      ledger.setAsideAt(), ledger.events());
                                     }));
    }

    /** Applies each ledger's set-aside events again, in order; a ledger whose event fails again stays set aside. */
    Retried retry(String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> noQueue(processingGroup));
        long ledgers = count(processingGroup);
        int applied = 0;
        for (long attempt = 0; attempt < ledgers; attempt++) {
            if (letters.processAny()) {
                applied++;
            }
        }
        return new Retried(applied, count(processingGroup));
    }

    /** Drops the ledger's set-aside events: the read model goes on with the ledger's later ones, without them. */
    long evict(String processingGroup, String ledgerId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup).orElseThrow(() -> noQueue(processingGroup));
        long evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(ledgerId)) {
            queue.evict(letter);
            evicted++;
        }
        if (evicted == 0) {
            throw new NotFoundException("nothing-set-aside", "The read model '" + processingGroup
                    + "' set no event of ledger '" + ledgerId + "' aside.");
        }
        return evicted;
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup);
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> first(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
        return letters.hasNext() ? Optional.of(letters.next()) : Optional.empty();
    }

    private static SetAsideLedger ledgerOf(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                           DeadLetter<? extends EventMessage<?>> first) {
        EventMessage<?> event = first.message();
        String ledgerId = event.getPayload() instanceof LedgerEvent ledgerEvent ? ledgerEvent.ledgerId() : null;
        return new SetAsideLedger(ledgerId, ledgerId == null ? 1 : queue.sequenceSize(ledgerId), event.getIdentifier(),
                                  event.getPayloadType().getSimpleName(), first.enqueuedAt(), reasonOf(first));
    }

    private static String reasonOf(DeadLetter<? extends EventMessage<?>> letter) {
        Optional<Cause> cause = letter.cause();
        return cause.isPresent() && UNHANDLED_TIME.equals(cause.get().type())
                ? cause.get().message()
                : "The read model failed to apply it; the application's log says why.";
    }

    private static NotFoundException noQueue(String processingGroup) {
        return new NotFoundException("no-dead-letter-queue", "'" + processingGroup + "' sets no event aside: it is not a read model.");
    }
}
