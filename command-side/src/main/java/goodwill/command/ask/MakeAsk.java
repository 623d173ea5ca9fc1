package goodwill.command.ask;

import goodwill.command.Ids;
import goodwill.events.AskMade;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that one person asked another for help. */
public record MakeAsk(String ledgerId,
                      String askId,
                      String askerId,
                      String askedId,
                      String what,
                      Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ask(ledgerId, askId);
    }

    /** @param subjectId whose key seals what was asked ({@link goodwill.events.AboutSomeone#among}) */
    AskMade toEvent(String subjectId) {
        return new AskMade(ledgerId, askId, askerId, askedId, what, occurredAt, subjectId);
    }
}
