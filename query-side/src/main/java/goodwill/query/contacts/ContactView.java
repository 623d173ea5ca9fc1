package goodwill.query.contacts;

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
                          List<String> tags,
                          String howWeMet,
                          boolean me,
                          Instant addedAt,
                          boolean archived,
                          Instant archivedAt,
                          String mergedInto,
                          Instant lastInteractionAt) {

    static ContactView of(ListedContact contact) {
        return new ContactView(contact.ledgerId(), contact.contactId(), contact.displayName(), contact.organization(),
                               contact.role(), contact.email(), contact.tags(), contact.howWeMet(), contact.me(),
                               contact.addedAt(), contact.archived(), contact.archivedAt(), contact.mergedInto(),
                               contact.lastInteractionAt());
    }
}
