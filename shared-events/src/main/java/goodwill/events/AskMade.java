package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * One person asked another for help. Asker and asked are distinct live contacts of the ledger; me may be
 * either, or neither.
 *
 * @param askId unique within the ledger
 * @param what  what was asked for, free text
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record AskMade(String ledgerId,
                      String askId,
                      String askerId,
                      String askedId,
                      @PersonalDetail(ifForgotten = "(forgotten)") String what,
                      Instant occurredAt,
                      String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public AskMade(String ledgerId, String askId, String askerId, String askedId, String what, Instant occurredAt) {
        this(ledgerId, askId, askerId, askedId, what, occurredAt, null);
    }
}
