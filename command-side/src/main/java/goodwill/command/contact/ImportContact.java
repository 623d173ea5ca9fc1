package goodwill.command.contact;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Import a person from a file: add them when the ledger does not have them yet, else bring their details up to the
 * file's. The contact's id is made from the ledger and the file's source key, so the same person imported again is
 * the same contact.
 *
 * @param person the person as the file has them, as adding them would (an {@code occurredAt} of null for "now")
 * @param dryRun only answer what the import would do, and record nothing
 */
record ImportContact(AddContact person, boolean dryRun) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return person.aggregateId();
    }

    /**
     * What importing a person did, or would do.
     *
     * @param changes each detail changed, in words ({@code organization: Acme → Initech}); empty unless CHANGE
     */
    record Outcome(Action action, List<String> changes) {

        enum Action {
            /** Not in the ledger yet: added. */
            ADD,
            /** In the ledger, with details the file changes. */
            CHANGE,
            /** In the ledger with the file's details already: nothing recorded. */
            UNCHANGED,
            /** In the ledger, archived: left as it is. */
            ARCHIVED,
            /** In the ledger, merged into another contact: left as it is. */
            MERGED,
            /** In the ledger, forgotten: nothing more is recorded about them. */
            FORGOTTEN
        }

        static Outcome of(Action action) {
            return new Outcome(action, List.of());
        }
    }
}
