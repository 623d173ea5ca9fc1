package goodwill.query.contacts;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;
import goodwill.query.ReadModelVersion;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Keeps the contacts directory: every ledger event folded by {@link ContactsFold}, written at the end of the
 * processor's batch. Replaying it from the start rebuilds the directory. Version 2 kept a contact's latest
 * interactions and every kind of interaction beside them; version 3 kept the live interactions naming each
 * contact in pages ({@code contacts_touches}) by their number in the ledger, where its latest are found again by
 * key; version 4 pages them by their position in the event store and keeps a contact's details as the
 * {@code ContactAdded} they amount to; version 5 keeps when a person was forgotten.
 */
@Component
@ReadModelVersion(5)
@ProcessingGroup(ContactsProjection.PROCESSING_GROUP)
class ContactsProjection extends FoldProjection {

    static final String PROCESSING_GROUP = "contacts";

    ContactsProjection(MongoDatabase database) {
        super(database, ContactsFold::new);
    }
}
