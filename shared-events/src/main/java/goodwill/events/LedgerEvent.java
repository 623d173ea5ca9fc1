package goodwill.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What every Goodwill event has: the ledger it belongs to and when it happened in the world.
 * <p>
 * The contract is closed ({@code sealed}): every event of a ledger is one of the records it permits, so a list of the
 * event types is derived from it ({@link #types()}), never kept by hand, and a {@code switch} over an event can be
 * exhaustive.
 * <p>
 * The ledger id lets the event store keep one ledger's history readable on its own; {@code occurredAt}
 * is business time, supplied by the user and possibly years back. The time an event was recorded is
 * not part of the payload: it is the event message's timestamp, set by the system.
 */
public sealed interface LedgerEvent
        permits LedgerOpened, ContactAdded, ContactDetailsChanged, ContactArchived, ContactsMerged, FavorRecorded,
                FavorAmended, FavorRetracted, MeetingRecorded, MeetingRetracted, IntroductionMade,
                IntroductionOutcomeRecorded, CommitmentMade, CommitmentResolution, AskMade, AskAnswered, MemberAdded,
                MemberRoleChanged, MemberRemoved, ContactForgotten {

    String ledgerId();

    Instant occurredAt();

    /** Every event type of the contract, in the order the contract lists them. */
    static List<Class<? extends LedgerEvent>> types() {
        List<Class<? extends LedgerEvent>> types = new ArrayList<>();
        addConcrete(LedgerEvent.class, types);
        return List.copyOf(types);
    }

    @SuppressWarnings("unchecked")
    private static void addConcrete(Class<?> type, List<Class<? extends LedgerEvent>> into) {
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                addConcrete(permitted, into);
            } else {
                into.add((Class<? extends LedgerEvent>) permitted);
            }
        }
    }
}
