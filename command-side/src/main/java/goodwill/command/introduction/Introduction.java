package goodwill.command.introduction;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AboutSomeone;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One introduction and what came of it. Its outcomes belong to it, so that "not before the introduction" and
 * "each outcome once" are checked against its own history.
 */
@Aggregate
class Introduction {

    @AggregateIdentifier
    private String id;
    private IntroductionMade made;
    private final Map<String, IntroductionOutcomeRecorded> outcomes = new HashMap<>();

    /** Axon rebuilds an introduction by applying its history to an empty one. */
    Introduction() {
    }

    /**
     * Records the introduction, or, when the same one was made already, does nothing: a retried request records
     * one introduction. The same id with different details is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakeIntroduction command, LedgerDirectory directory, Timekeeper time) {
        IntroductionMade introduction = command.toEvent(subjectOf(command.ledgerId(), directory, command.personAId(),
                                                                  command.personBId(), command.introducerId()));
        if (recordedAlready(made, introduction,
                            () -> CommandRefusedException.idConflict("introductionId", command.introductionId()))) {
            return;
        }
        directory.requireLedger(introduction.ledgerId());
        if (introduction.personAId().equals(introduction.introducerId())) {
            throw CommandRefusedException.notDistinct("personAId", introduction.personAId());
        }
        if (introduction.personBId().equals(introduction.introducerId())
                || introduction.personBId().equals(introduction.personAId())) {
            throw CommandRefusedException.notDistinct("personBId", introduction.personBId());
        }
        time.recordable("occurredAt", introduction.occurredAt());
        directory.requireLiveContact(introduction.ledgerId(), "introducerId", introduction.introducerId());
        directory.requireLiveContact(introduction.ledgerId(), "personAId", introduction.personAId());
        directory.requireLiveContact(introduction.ledgerId(), "personBId", introduction.personBId());
        apply(introduction);
    }

    /**
     * Records an outcome of an introduction made earlier, or, when the same outcome was recorded already, does
     * nothing. The creation policy only lets the handler tell an unknown introduction from an unknown ledger:
     * it never creates an introduction.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIntroductionOutcome command, LedgerDirectory directory, Timekeeper time) {
        directory.requireRecorded(command.ledgerId(), made,
                                  () -> CommandRefusedException.unknownIntroduction(command.introductionId()));
        IntroductionOutcomeRecorded outcome = command.toEvent(subjectOf(made.ledgerId(), directory, made.personAId(),
                                                                        made.personBId(), made.introducerId()));
        if (recordedAlready(outcomes.get(outcome.outcomeId()), outcome,
                            () -> CommandRefusedException.idConflict("outcomeId", outcome.outcomeId()))) {
            return;
        }
        time.recordableAfter("occurredAt", outcome.occurredAt(), "the introduction", made.occurredAt());
        apply(outcome);
    }

    /** Whose key seals what is written about the introduction: the first of the two introduced who is not me. */
    private static String subjectOf(String ledgerId, LedgerDirectory directory, String... introducedThenIntroducer) {
        return AboutSomeone.among(directory.meOf(ledgerId), introducedThenIntroducer);
    }

    @EventSourcingHandler
    void on(IntroductionMade event) {
        id = Ids.introduction(event.ledgerId(), event.introductionId());
        made = event;
    }

    @EventSourcingHandler
    void on(IntroductionOutcomeRecorded event) {
        outcomes.put(event.outcomeId(), event);
    }
}
