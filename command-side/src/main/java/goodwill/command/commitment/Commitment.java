package goodwill.command.commitment;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AboutSomeone;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.CommitmentResolution;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One promise and how it ended. It is resolved at most once: a resolution is a fact, never replaced. */
@Aggregate
class Commitment {

    @AggregateIdentifier
    private String id;
    private CommitmentMade made;
    private CommitmentResolution resolution;
    private CommitmentStatus resolvedAs;

    /** Axon rebuilds a commitment by applying its history to an empty one. */
    Commitment() {
    }

    /**
     * Records the commitment, or, when the same one was made already, does nothing: a retried request records
     * one commitment. The same id with different details is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakeCommitment command, LedgerDirectory directory, Timekeeper time) {
        CommitmentMade commitment = command.toEvent(AboutSomeone.among(directory.meOf(command.ledgerId()),
                                                                       command.promiserId(), command.promiseeId()));
        if (recordedAlready(made, commitment,
                            () -> CommandRefusedException.idConflict("commitmentId", command.commitmentId()))) {
            return;
        }
        directory.requireLedger(commitment.ledgerId());
        if (commitment.promiserId().equals(commitment.promiseeId())) {
            throw CommandRefusedException.notDistinct("promiseeId", commitment.promiseeId());
        }
        time.recordable("occurredAt", commitment.occurredAt());
        if (commitment.dueOn() != null) {
            time.due("dueOn", commitment.dueOn());
        }
        if (commitment.dueOn() != null
                && commitment.dueOn().isBefore(commitment.occurredAt().atZone(ZoneOffset.UTC).toLocalDate())) {
            throw CommandRefusedException.outOfOrder("dueOn", commitment.dueOn(), "the promise",
                                                     commitment.occurredAt());
        }
        directory.requireLiveContact(commitment.ledgerId(), "promiserId", commitment.promiserId());
        directory.requireLiveContact(commitment.ledgerId(), "promiseeId", commitment.promiseeId());
        apply(commitment);
    }

    /**
     * Resolves the commitment, or, when it was resolved the same way already, does nothing. The creation
     * policy only lets the handler tell an unknown commitment from an unknown ledger: it never creates one.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ResolveCommitment command, LedgerDirectory directory, Timekeeper time) {
        directory.requireRecorded(command.ledgerId(), made,
                                  () -> CommandRefusedException.unknownCommitment(command.commitmentId()));
        if (command.favorId() != null && command.status() != CommitmentStatus.KEPT) {
            throw CommandRefusedException.notApplicable("favorId", "only for a KEPT commitment");
        }
        CommitmentResolution resolved = command.toEvent();
        if (recordedAlready(resolution, resolved,
                            () -> CommandRefusedException.alreadyResolved(command.commitmentId(), resolvedAs))) {
            return;
        }
        time.recordableAfter("occurredAt", resolved.occurredAt(), "the commitment", made.occurredAt());
        if (command.favorId() != null) {
            directory.requireFavor(command.ledgerId(), "favorId", command.favorId());
        }
        apply(resolved);
    }

    @EventSourcingHandler
    void on(CommitmentMade event) {
        id = Ids.commitment(event.ledgerId(), event.commitmentId());
        made = event;
    }

    @EventSourcingHandler
    void on(CommitmentKept event) {
        resolution = event;
        resolvedAs = CommitmentStatus.KEPT;
    }

    @EventSourcingHandler
    void on(CommitmentBroken event) {
        resolution = event;
        resolvedAs = CommitmentStatus.BROKEN;
    }

    @EventSourcingHandler
    void on(CommitmentReleased event) {
        resolution = event;
        resolvedAs = CommitmentStatus.RELEASED;
    }
}
