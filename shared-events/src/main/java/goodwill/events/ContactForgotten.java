package goodwill.events;

import java.time.Instant;

/**
 * A person asked to be forgotten, and was: their data key is destroyed, so everything recorded about them reads as
 * {@value AboutSomeone#FORGOTTEN_NAME} with their id, and nothing of what they were. Every favor, meeting and
 * promise with them still counts as it did. Holds no personal data itself; me is never forgotten, nor anyone twice.
 *
 * @param reason why, in the owner's words, without naming them (it stays readable)
 */
public record ContactForgotten(String ledgerId, String contactId, String reason, Instant occurredAt)
        implements LedgerEvent {
}
