package goodwill.access;

import goodwill.events.LedgerOpened;
import goodwill.events.MemberRole;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

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

    private static final ContextCustomizer CUSTOMIZER = new ContextCustomizer() {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            if (context instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition(Owner.class.getName(), new RootBeanDefinition(Owner.class));
            }
        }

        @Override
        public boolean equals(Object other) {
            return other == this;
        }

        @Override
        public int hashCode() {
            return TestLedgerOwners.class.hashCode();
        }
    };

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
