package goodwill.command.ask;

import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AskMade;
import java.util.List;

/**
 * Something worth knowing about an ask that was recorded all the same: a warning, never a refusal.
 *
 * @param code stable, for clients to switch on: {@value #EMPTY_ACCOUNT}, the same as the query side's
 */
public record AskWarning(String code, String detail) {

    /** Me asked someone me had given nothing before: "never ask for a withdrawal from an empty account". */
    public static final String EMPTY_ACCOUNT = "empty-account";

    /**
     * The warnings about an ask: {@value #EMPTY_ACCOUNT} when me asked a contact me had done no favor (not
     * retracted, as amended, one to a contact merged into them included) that occurred before the ask; none
     * otherwise, and none for an ask me did not make.
     */
    static List<AskWarning> about(AskMade ask, LedgerDirectory directory) {
        if (!directory.isMe(ask.ledgerId(), ask.askerId())
                || directory.hasGivenBefore(ask.ledgerId(), ask.askedId(), ask.occurredAt())) {
            return List.of();
        }
        return List.of(new AskWarning(EMPTY_ACCOUNT, "You had not done anything for them before this ask, so it draws "
                + "on an empty account. Giving first makes the next ask easier."));
    }
}
