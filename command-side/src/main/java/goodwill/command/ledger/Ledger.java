package goodwill.command.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.events.LedgerOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A ledger: one network's history. It lives as long as the network, so it is snapshotted. */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private LedgerOpened opened;

    /** Axon rebuilds a ledger by applying its history to an empty one. */
    Ledger() {
    }

    /**
     * Opens the ledger, or, when it is open already, answers as the opening did: a retried request must not
     * open a second ledger, nor fail.
     *
     * @return the id of me, the owner's own person
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(OpenLedger command, Timekeeper time) {
        if (opened != null) {
            if (!opened.ownerName().equals(command.ownerName())) {
                throw CommandRefusedException.idConflict("ledgerId", command.ledgerId());
            }
            return opened.meId();
        }
        String meId = Ids.newId();
        apply(new LedgerOpened(command.ledgerId(), meId, command.ownerName(), time.now()));
        return meId;
    }

    @EventSourcingHandler
    void on(LedgerOpened event) {
        ledgerId = event.ledgerId();
        opened = event;
    }
}
