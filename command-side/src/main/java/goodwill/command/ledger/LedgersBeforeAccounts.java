package goodwill.command.ledger;

import goodwill.access.Accounts;
import goodwill.access.Memberships;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.EventMetaData;
import goodwill.events.MemberRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ledgers opened before there were accounts have no member, so nobody could read them any more. When the app starts
 * on such a history (no membership at all yet), each of them is given to the first administrator, as an event of the
 * ledger ({@code MemberAdded}, recorded by {@value #RECORDED_BY}), who can then share it. Once any membership exists,
 * this does nothing and reads nothing.
 */
@Component
class LedgersBeforeAccounts {

    static final String RECORDED_BY = "goodwill";
    private static final Logger LOG = LoggerFactory.getLogger(LedgersBeforeAccounts.class);

    private final Memberships memberships;
    private final LedgerDirectory directory;
    private final CommandGateway commands;

    LedgersBeforeAccounts(Memberships memberships, LedgerDirectory directory, CommandGateway commands) {
        this.memberships = memberships;
        this.directory = directory;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void giveTheirLedgersToTheAdministrator() {
        if (memberships.any()) {
            return;
        }
        List<String> ledgers = directory.ledgerIds();
        Map<String, String> recorded = Map.of(EventMetaData.RECORDED_BY, RECORDED_BY,
                                              EventMetaData.CORRELATION_ID, UUID.randomUUID().toString());
        for (String ledgerId : ledgers) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new AddMember(ledgerId, Accounts.FIRST_ADMINISTRATOR, MemberRole.OWNER)).andMetaData(recorded));
        }
        if (!ledgers.isEmpty()) {
            LOG.info("{} ledger(s) recorded before there were accounts now belong to '{}', who can share them.",
                     ledgers.size(), Accounts.FIRST_ADMINISTRATOR);
        }
    }
}
