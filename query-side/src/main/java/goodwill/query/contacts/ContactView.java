package goodwill.query.contacts;

import goodwill.events.ContactAdded;
import java.time.Instant;
import java.util.List;

/**
 * One contact as the directory shows it.
 *
 * @param lastInteractionAt the latest time of any favor, meeting, introduction, commitment or ask naming the
 *                          contact (or one merged into it), or null
 */
public record ContactView(String ledgerId,
                          String contactId,
                          String displayName,
                          String organization,
                          String role,
                          String email,
                          String phone,
                          String url,
                          List<String> tags,
                          String howWeMet,
                          boolean me,
                          Instant addedAt,
                          boolean archived,
                          Instant archivedAt,
                          String mergedInto,
                          Instant lastInteractionAt) {

    static ContactView of(ListedContact contact) {
        ContactAdded details = contact.details();
        return new ContactView(details.ledgerId(), details.contactId(), details.displayName(), details.organization(),
                               details.role(), details.email(), details.phone(), details.url(), details.tags(),
                               details.howWeMet(), contact.me(),
                               details.occurredAt(), contact.archived(), contact.archivedAt(), contact.mergedInto(),
                               contact.lastInteractionAt());
    }
}
