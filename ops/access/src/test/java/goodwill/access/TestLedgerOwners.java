package goodwill.access;

import goodwill.events.LedgerOpened;
import goodwill.events.MemberRole;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * For tests that record a ledger's events directly (the query side's), without the command side that would record
 * the opener as the ledger's owner: every ledger opened is owned by the first administrator, as whom
 * {@link TestCallers} authenticates. Registered in the query side's {@code META-INF/spring.factories} only; the
 * command side's and the app's tests open their ledgers over HTTP.
 */
public class TestLedgerOwners implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return CUSTOMIZER;
    }

    private static final ContextCustomizer CUSTOMIZER = TestCallers.registering(Owner.class);

    @ProcessingGroup(MembershipProjection.PROCESSING_GROUP)
    static class Owner {

        private final Memberships memberships;

        Owner(Memberships memberships) {
            this.memberships = memberships;
        }

        @EventHandler
        void on(LedgerOpened event) {
            memberships.add(new Membership(event.ledgerId(), Accounts.FIRST_ADMINISTRATOR, MemberRole.OWNER,
                                           event.occurredAt(), Accounts.FIRST_ADMINISTRATOR));
        }
    }
}
