package goodwill.command.introduction;

import goodwill.command.Ids;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record what came of an introduction.
 *
 * @param outcomeId unique within the introduction: the same outcome sent again is recorded once
 * @param note      free text, or null
 */
public record RecordIntroductionOutcome(String ledgerId,
                                        String introductionId,
                                        String outcomeId,
                                        IntroductionOutcome outcome,
                                        Instant occurredAt,
                                        String note) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.introduction(ledgerId, introductionId);
    }

    /** @param subjectId the introduction's subject, whose key seals the note */
    IntroductionOutcomeRecorded toEvent(String subjectId) {
        return new IntroductionOutcomeRecorded(ledgerId, introductionId, outcomeId, outcome, occurredAt, note,
                                               subjectId);
    }
}
