package goodwill.command.introduction;

import goodwill.command.Ids;
import goodwill.events.IntroductionMade;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that someone introduced two people to each other.
 *
 * @param purpose why, or null
 */
public record MakeIntroduction(String ledgerId,
                               String introductionId,
                               String introducerId,
                               String personAId,
                               String personBId,
                               String purpose,
                               Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.introduction(ledgerId, introductionId);
    }

    /** @param subjectId whose key seals the purpose ({@link goodwill.events.AboutSomeone#among}) */
    IntroductionMade toEvent(String subjectId) {
        return new IntroductionMade(ledgerId, introductionId, introducerId, personAId, personBId, purpose, occurredAt,
                                    subjectId);
    }
}
