package goodwill.command.favor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.FavorRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One favor. It is an aggregate of its own, not part of its giver or receiver, because later corrections
 * (retraction, amendment) are about the favor alone, and a busy contact must not serialize every favor
 * recorded with them.
 */
@Aggregate
class Favor {

    @AggregateIdentifier
    private String id;
    private FavorRecorded recorded;

    /** Axon rebuilds a favor by applying its history to an empty one. */
    Favor() {
    }

    /**
     * Records the favor, or, when the same favor was recorded already, does nothing: a retried request
     * records one favor. The same id with different details is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordFavor command, LedgerDirectory directory, Timekeeper time) {
        FavorRecorded favor = command.toEvent();
        if (recorded != null) {
            if (!recorded.equals(favor)) {
                throw CommandRefusedException.idConflict("favorId", command.favorId());
            }
            return;
        }
        directory.requireLedger(favor.ledgerId());
        if (favor.weight() < RecordFavor.MIN_WEIGHT || favor.weight() > RecordFavor.MAX_WEIGHT) {
            throw CommandRefusedException.outOfRange("weight", favor.weight(), RecordFavor.MIN_WEIGHT,
                                                     RecordFavor.MAX_WEIGHT);
        }
        if (favor.giverId().equals(favor.receiverId())) {
            throw CommandRefusedException.sameGiverAndReceiver("receiverId");
        }
        if (favor.towardId() != null
                && (favor.towardId().equals(favor.giverId()) || favor.towardId().equals(favor.receiverId()))) {
            throw CommandRefusedException.towardAParty("towardId");
        }
        time.notInFuture("occurredAt", favor.occurredAt());
        directory.requireLiveContact(favor.ledgerId(), "giverId", favor.giverId());
        directory.requireLiveContact(favor.ledgerId(), "receiverId", favor.receiverId());
        if (favor.towardId() != null) {
            directory.requireLiveContact(favor.ledgerId(), "towardId", favor.towardId());
        }
        if (favor.reciprocatesFavorId() != null) {
            directory.requireFavor(favor.ledgerId(), "reciprocatesFavorId", favor.reciprocatesFavorId());
        }
        apply(favor);
    }

    @EventSourcingHandler
    void on(FavorRecorded event) {
        id = Ids.favor(event.ledgerId(), event.favorId());
        recorded = event;
    }
}
