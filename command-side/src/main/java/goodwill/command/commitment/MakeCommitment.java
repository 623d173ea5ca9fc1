package goodwill.command.commitment;

import goodwill.command.Ids;
import goodwill.events.CommitmentMade;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that one person promised another to do something.
 *
 * @param dueOn the day it is due, or null
 */
public record MakeCommitment(String ledgerId,
                             String commitmentId,
                             String promiserId,
                             String promiseeId,
                             String what,
                             LocalDate dueOn,
                             Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.commitment(ledgerId, commitmentId);
    }

    /** @param subjectId whose key seals what was promised ({@link goodwill.events.AboutSomeone#among}) */
    CommitmentMade toEvent(String subjectId) {
        return new CommitmentMade(ledgerId, commitmentId, promiserId, promiseeId, what, dueOn, occurredAt, subjectId);
    }
}
