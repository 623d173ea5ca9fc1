package goodwill.query.contacts;

import goodwill.events.ContactAdded;
import java.time.Instant;
import java.util.List;

/**
 * One contact as the directory shows it.
 *
 * @param lastInteractionAt the latest time of any favor, meeting, introduction, commitment or ask naming the
 *                          contact (or one merged into it), or null
 * @param phone             a telephone number; it and the web address come last, as they came later: the columns of
 *                          the directory's CSV keep their places
 * @param forgotten         whether the person was forgotten at their request: every detail then reads as a
 *                          forgotten person's ({@code "Forgotten person"}, nothing else), their id stays
 * @param forgottenAt       when, or null
 */
public record ContactView(String ledgerId,
                          String contactId,
                          String displayName,
                          String organization,
                          String role,
                          String email,
                          List<String> tags,
                          String howWeMet,
                          boolean me,
                          Instant addedAt,
                          boolean archived,
                          Instant archivedAt,
                          String mergedInto,
                          Instant lastInteractionAt,
                          String phone,
                          String url,
                          boolean forgotten,
                          Instant forgottenAt) {

    static ContactView of(ListedContact contact) {
        ContactAdded details = contact.details();
        return new ContactView(details.ledgerId(), details.contactId(), details.displayName(), details.organization(),
                               details.role(), details.email(), details.tags(), details.howWeMet(), contact.me(),
                               details.occurredAt(), contact.archived(), contact.archivedAt(), contact.mergedInto(),
                               contact.lastInteractionAt(), details.phone(), details.url(),
                               contact.forgottenAt() != null, contact.forgottenAt());
    }
}
