package goodwill.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.access.Accounts;
import goodwill.access.Memberships;
import goodwill.command.Api;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRole;
import goodwill.storage.IsolatedStorage;
import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** On a context of its own: it needs a history in which nobody is a member of anything yet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "goodwill.test.history=before-accounts")
@ContextConfiguration(initializers = IsolatedStorage.class)
@Import({Api.class, RecordedEvents.class})
class LedgersBeforeAccountsTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    LedgersBeforeAccounts adoption;
    @Autowired
    Memberships memberships;
    @Autowired
    RecordedEvents recorded;
    @Autowired
    Api api;

    @Test
    void aLedgerOpenedBeforeAccountsBecomesTheAdministratorsAsAnEventOfTheLedger() {
        eventStore.publish(new GenericDomainEventMessage<>("Ledger", Ids.ledger("old"), 0,
                                                           new LedgerOpened("old", "me", "Ana Lopez",
                                                                            Instant.parse("2024-01-01T00:00:00Z"))));
        assertThat(memberships.any()).isFalse();

        adoption.giveTheirLedgersToTheAdministrator();
        adoption.giveTheirLedgersToTheAdministrator();

        assertThat(memberships.roleOf("old", Accounts.FIRST_ADMINISTRATOR)).contains(MemberRole.OWNER);
        assertThat(recorded.of(Ids.ledger("old"))).hasSize(2).last().satisfies(event -> {
            assertThat(event.getPayload()).isInstanceOfSatisfying(MemberAdded.class,
                    added -> assertThat(added.username()).isEqualTo(Accounts.FIRST_ADMINISTRATOR));
            assertThat(event.getMetaData()).containsEntry(EventMetaData.RECORDED_BY, LedgersBeforeAccounts.RECORDED_BY);
        });
        assertThat(api.post("/api/ledgers/old/contacts", "{\"displayName\": \"Bo\"}").status()).isEqualTo(201);
    }
}
