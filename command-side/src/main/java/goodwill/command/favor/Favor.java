package goodwill.command.favor;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AboutSomeone;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
    /** The favor as its amendments left it. */
    private FavorRecorded current;
    private FavorRetracted retraction;
    private final Map<String, FavorAmended> amendments = new HashMap<>();

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
        FavorRecorded favor = command.toEvent(AboutSomeone.among(directory.meOf(command.ledgerId()), command.giverId(),
                                                                 command.receiverId()));
        if (recordedAlready(recorded, favor, () -> CommandRefusedException.idConflict("favorId", command.favorId()))) {
            return;
        }
        directory.requireLedger(favor.ledgerId());
        check(favor, null, directory, time);
        apply(favor);
    }

    /**
     * Retracts the favor, or, when it was retracted already for the same reason, does nothing: a retried
     * request records one retraction.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RetractFavor command, LedgerDirectory directory, Timekeeper time) {
        requireRecorded(command.ledgerId(), command.favorId(), directory);
        String subjectId = subjectOf(current, directory);
        if (recordedAlready(retraction, command.occurredAt(), at -> command.toEvent(at, subjectId),
                            () -> CommandRefusedException.alreadyRetracted("Favor '" + command.favorId() + "'"))) {
            return;
        }
        apply(command.toEvent(time.recordableOrNow("occurredAt", command.occurredAt()), subjectId));
    }

    /**
     * Amends the favor, which must then obey every rule a recorded favor obeys. The same amendment sent again
     * (same id, same values) does nothing; the same id with other values is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AmendFavor command, LedgerDirectory directory, Timekeeper time) {
        requireRecorded(command.ledgerId(), command.favorId(), directory);
        // An amendment's time is when it was recorded: sent again, it is the same amendment at the first one's time.
        FavorAmended stored = amendments.get(command.amendmentId());
        if (recordedAlready(stored, null, at -> command.toEvent(at, stored.subjectId()),
                            () -> CommandRefusedException.idConflict("amendmentId", command.amendmentId()))) {
            return;
        }
        if (retraction != null) {
            throw CommandRefusedException.favorRetracted(command.favorId());
        }
        Instant now = time.now();
        FavorRecorded amended = command.toEvent(now).applyTo(current);
        if (amended.equals(current)) {
            throw CommandRefusedException.nothingToChange();
        }
        check(amended, current, directory, time);
        apply(command.toEvent(now, subjectOf(amended, directory)));
    }

    /**
     * The rules every favor obeys, when recorded and after each amendment. What is checked against the
     * directory (live contacts, a recorded favor returned) is only what differs from {@code before} (null
     * when recording): an amendment of the note is not refused because the giver was archived since.
     */
    private static void check(FavorRecorded favor, FavorRecorded before, LedgerDirectory directory, Timekeeper time) {
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
        time.recordable("occurredAt", favor.occurredAt());
        if (changed(favor.giverId(), before == null ? null : before.giverId())) {
            directory.requireLiveContact(favor.ledgerId(), "giverId", favor.giverId());
        }
        if (changed(favor.receiverId(), before == null ? null : before.receiverId())) {
            directory.requireLiveContact(favor.ledgerId(), "receiverId", favor.receiverId());
        }
        if (changed(favor.towardId(), before == null ? null : before.towardId())) {
            directory.requireLiveContact(favor.ledgerId(), "towardId", favor.towardId());
        }
        if (changed(favor.reciprocatesFavorId(), before == null ? null : before.reciprocatesFavorId())) {
            if (favor.reciprocatesFavorId().equals(favor.favorId())) {
                throw CommandRefusedException.reciprocatesItself("reciprocatesFavorId", favor.reciprocatesFavorId());
            }
            directory.requireFavor(favor.ledgerId(), "reciprocatesFavorId", favor.reciprocatesFavorId());
        }
    }

    /** Whose key seals what is written about the favor: its first party who is not me. */
    private static String subjectOf(FavorRecorded favor, LedgerDirectory directory) {
        return AboutSomeone.among(directory.meOf(favor.ledgerId()), favor.giverId(), favor.receiverId());
    }

    private static boolean changed(String value, String before) {
        return value != null && !Objects.equals(value, before);
    }

    /** A correction of a favor never recorded is about nothing: the favor in the path is unknown. */
    private void requireRecorded(String ledgerId, String favorId, LedgerDirectory directory) {
        directory.requireRecorded(ledgerId, recorded, () -> CommandRefusedException.noSuchFavor(favorId));
    }

    @EventSourcingHandler
    void on(FavorRecorded event) {
        id = Ids.favor(event.ledgerId(), event.favorId());
        recorded = event;
        current = event;
    }

    @EventSourcingHandler
    void on(FavorAmended event) {
        current = event.applyTo(current);
        amendments.put(event.amendmentId(), event);
    }

    @EventSourcingHandler
    void on(FavorRetracted event) {
        retraction = event;
    }
}
