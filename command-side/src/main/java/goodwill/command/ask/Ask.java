package goodwill.command.ask;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AboutSomeone;
import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One request for help and its answer. It is answered at most once: an answer is a fact, never replaced. */
@Aggregate
class Ask {

    @AggregateIdentifier
    private String id;
    private AskMade made;
    private AskAnswered answer;

    /** Axon rebuilds an ask by applying its history to an empty one. */
    Ask() {
    }

    /**
     * Records the ask, or, when the same one was made already, does nothing: a retried request records one
     * ask. The same id with different details is a conflict. Either way it answers the ask's warnings: an ask
     * of someone me never gave anything is recorded, and said to draw on an empty account.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    List<AskWarning> handle(MakeAsk command, LedgerDirectory directory, Timekeeper time) {
        AskMade ask = command.toEvent(AboutSomeone.among(directory.meOf(command.ledgerId()), command.askerId(),
                                                         command.askedId()));
        if (recordedAlready(made, ask, () -> CommandRefusedException.idConflict("askId", command.askId()))) {
            return AskWarning.about(made, directory);
        }
        directory.requireLedger(ask.ledgerId());
        if (ask.askerId().equals(ask.askedId())) {
            throw CommandRefusedException.notDistinct("askedId", ask.askedId());
        }
        time.recordable("occurredAt", ask.occurredAt());
        directory.requireLiveContact(ask.ledgerId(), "askerId", ask.askerId());
        directory.requireLiveContact(ask.ledgerId(), "askedId", ask.askedId());
        apply(ask);
        return AskWarning.about(ask, directory);
    }

    /**
     * Answers the ask, or, when it was answered the same way already, does nothing. The creation policy only
     * lets the handler tell an unknown ask from an unknown ledger: it never creates one.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AnswerAsk command, LedgerDirectory directory, Timekeeper time) {
        directory.requireRecorded(command.ledgerId(), made, () -> CommandRefusedException.unknownAsk(command.askId()));
        if (command.favorId() != null && command.outcome() != AskOutcome.HELPED) {
            throw CommandRefusedException.notApplicable("favorId", "only for an ask that HELPED");
        }
        AskAnswered answered = command.toEvent();
        if (recordedAlready(answer, answered,
                            () -> CommandRefusedException.alreadyAnswered(command.askId(), answer.outcome()))) {
            return;
        }
        time.recordableAfter("occurredAt", answered.occurredAt(), "the ask", made.occurredAt());
        if (answered.favorId() != null) {
            directory.requireFavor(answered.ledgerId(), "favorId", answered.favorId());
        }
        apply(answered);
    }

    @EventSourcingHandler
    void on(AskMade event) {
        id = Ids.ask(event.ledgerId(), event.askId());
        made = event;
    }

    @EventSourcingHandler
    void on(AskAnswered event) {
        answer = event;
    }
}
