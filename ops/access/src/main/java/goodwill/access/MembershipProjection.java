package goodwill.access;

import goodwill.events.EventMetaData;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRoleChanged;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * Keeps {@link Memberships} as the ledger's membership events say. Its processor is a subscribing one: it runs in
 * the unit of work that records the event, so a new member has access, and a removed one has none, when the request
 * that changed it returns; a failure to write propagates and the command fails with it. A node that records nothing
 * (a query-side one) writes nothing here, and reads what the recording nodes wrote.
 */
@ProcessingGroup(MembershipProjection.PROCESSING_GROUP)
class MembershipProjection {

    static final String PROCESSING_GROUP = "memberships";

    private final Memberships memberships;

    MembershipProjection(Memberships memberships) {
        this.memberships = memberships;
    }

    static ConfigurerModule processing() {
        return configurer -> configurer.eventProcessing()
                                       .registerSubscribingEventProcessor(PROCESSING_GROUP)
                                       .registerListenerInvocationErrorHandler(
                                               PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }

    @EventHandler
    void on(MemberAdded event, @MetaDataValue(EventMetaData.RECORDED_BY) String recordedBy) {
        memberships.added(event, recordedBy);
    }

    @EventHandler
    void on(MemberRoleChanged event) {
        memberships.changeRole(event.ledgerId(), event.username(), event.role());
    }

    @EventHandler
    void on(MemberRemoved event) {
        memberships.remove(event.ledgerId(), event.username());
    }
}
