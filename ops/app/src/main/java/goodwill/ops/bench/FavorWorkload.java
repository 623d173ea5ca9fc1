package goodwill.ops.bench;

import goodwill.access.Accounts;
import goodwill.command.contact.AddContact;
import goodwill.command.favor.RecordFavor;
import goodwill.command.ledger.OpenLedger;
import goodwill.events.FavorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The bench's commands: one ledger with fifty contacts, then favors back and forth between me and them,
 * each a new aggregate, as an import or a busy team would record them.
 */
final class FavorWorkload {

    static final String LEDGER = "bench";
    private static final int CONTACTS = 50;
    private static final Instant START = Instant.parse("2020-01-01T09:00:00Z");

    private final CommandGateway commands;
    private final List<String> contacts = new ArrayList<>();
    private String meId;

    FavorWorkload(CommandGateway commands) {
        this.commands = commands;
    }

    void prepare() {
        meId = commands.sendAndWait(new OpenLedger(LEDGER, "Bench Owner", Accounts.FIRST_ADMINISTRATOR));
        for (int i = 0; i < CONTACTS; i++) {
            String contactId = "contact-" + i;
            commands.sendAndWait(new AddContact(LEDGER, contactId, "Contact " + i, "Org " + (i % 7), null, null,
                                                List.of("bench"), null, START, null, null));
            contacts.add(contactId);
        }
    }

    void recordFavor(int i) {
        String contact = contacts.get(i % CONTACTS);
        boolean iGive = i % 2 == 0;
        FavorKind kind = FavorKind.values()[i % FavorKind.values().length];
        commands.sendAndWait(new RecordFavor(LEDGER, "favor-" + i, iGive ? meId : contact, iGive ? contact : meId,
                                             kind, 1 + i % 5, i % 3 == 0, START.plusSeconds(600L * i), null, null,
                                             "bench favor " + i));
    }

    /**
     * The body of {@code POST /api/ledgers/bench/favors} for the same i-th favor, under an id of its own so the
     * favors recorded through HTTP come beside those recorded through the command bus.
     */
    String favorJson(String favorId, int i) {
        String contact = contacts.get(i % CONTACTS);
        boolean iGive = i % 2 == 0;
        FavorKind kind = FavorKind.values()[i % FavorKind.values().length];
        return String.format(Locale.ROOT, """
                {"favorId": "%s", "giverId": "%s", "receiverId": "%s", "kind": "%s", "weight": %d, "asked": %b,
                 "occurredAt": "%s", "note": "bench favor %d"}""",
                             favorId, iGive ? meId : contact, iGive ? contact : meId, kind.name(), 1 + i % 5, i % 3 == 0,
                             START.plusSeconds(600L * i), i);
    }
}
