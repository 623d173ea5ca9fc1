package goodwill.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import goodwill.command.Api.Answer;
import goodwill.command.favor.RecordFavor;
import goodwill.events.FavorKind;
import goodwill.storage.CountedDatabase;
import goodwill.storage.RoundTrips;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * What recording a favor costs in round trips to the database, counted by the driver: through HTTP and
 * through the command bus, by command and collection. It fails when a favor costs more than it does now,
 * so that a round trip per command cannot creep back unnoticed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RoundTripsTest.CountedStorage.class)
@Import({Api.class, RecordedEvents.class, RoundTripsTest.Counting.class})
class RoundTripsTest {

    private static final int FAVORS = 20;
    /**
     * Per favor: the directory reads each live contact of the favor once (me is known for good), writes the
     * favor's entry (and the count of favors from me) in one round trip; the aggregate is looked for once, without
     * a snapshot probe (favors never have one); one position is allocated and one commit inserted; and the
     * command's commit ends with one journaled write.
     */
    private static final Map<String, Double> BUDGET = Map.of(
            "find ledger_directory", 1.5,
            "update ledger_directory", 1.0,
            "find events", 1.0,
            "findAndModify sequences", 1.0,
            "insert events", 1.0,
            "update sequences", 1.0);
    /** Over HTTP, also: the caller's token, its account, and the caller's membership of the ledger, one lookup each. */
    private static final Map<String, Double> ACCESS = Map.of(
            "find access_tokens", 1.0,
            "find accounts", 1.0,
            "find memberships", 1.0);

    @Autowired
    Api api;
    @Autowired
    CommandGateway commands;
    @Autowired
    RoundTrips roundTrips;

    private String ledgerId;
    private String meId;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    @Test
    void aFavorThroughHttp() {
        Map<String, Double> each = perFavor(i -> api.post("/api/ledgers/" + ledgerId + "/favors", """
                {"giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": 3, "asked": false,
                 "occurredAt": "2024-02-20T15:00:00Z"}""".formatted(giver(i), receiver(i))).status());

        Map<String, Double> budget = new HashMap<>(BUDGET);
        budget.putAll(ACCESS);
        assertWithin(each, budget);
        assertOneCommitToDiskEach();
    }

    @Test
    void aFavorThroughTheCommandBus() {
        Map<String, Double> each = perFavor(i -> {
            commands.sendAndWait(new RecordFavor(ledgerId, UUID.randomUUID().toString(), giver(i), receiver(i),
                                                 FavorKind.ADVICE, 3, false, Instant.parse("2024-02-20T15:00:00Z"),
                                                 null, null, null));
            return 201;
        });

        assertWithin(each, BUDGET);
        assertOneCommitToDiskEach();
    }

    /**
     * A favor's append and its directory write wait for one commit to disk together, not one each: the favor's last
     * write is journaled (checked after each favor), and it is its only journaled one.
     */
    private void assertOneCommitToDiskEach() {
        assertThat(roundTrips.journaled()).as("journaled writes for %d favors", FAVORS).isEqualTo(FAVORS);
    }

    /** Fails on a command or collection not in the budget, or on more round trips per favor than it allows. */
    private static void assertWithin(Map<String, Double> each, Map<String, Double> budget) {
        assertThat(budget).as("round trips per favor, by command and collection").containsKeys(
                each.keySet().toArray(String[]::new));
        each.forEach((trip, count) -> assertThat(count).as(trip).isLessThanOrEqualTo(budget.get(trip)));
    }

    /** Half the favors are from me to a contact, half between two contacts. */
    private String giver(int i) {
        return i % 2 == 0 ? meId : "ana";
    }

    private String receiver(int i) {
        return i % 2 == 0 ? "ana" : "bo";
    }

    private Map<String, Double> perFavor(java.util.function.IntUnaryOperator favor) {
        assertThat(favor.applyAsInt(-2)).isEqualTo(201); // the first of each kind warms what is kept
        assertThat(favor.applyAsInt(-1)).isEqualTo(201);
        roundTrips.reset();
        for (int i = 0; i < FAVORS; i++) {
            assertThat(favor.applyAsInt(i)).isEqualTo(201);
            assertThat(roundTrips.writesSinceJournaled()).as("writes of favor %d after its journaled one", i).isZero();
        }
        Map<String, Double> each = roundTrips.per(FAVORS);
        System.out.println("Round trips per favor: " + each);
        return each;
    }

    /** The app on a database of its own, reached through a client that counts its round trips. */
    static class CountedStorage implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            CountedDatabase counted = CountedDatabase.create();
            context.getBeanFactory().registerSingleton("countedDatabase", counted);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    counted.close();
                }
            });
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("countedStorage", Map.of(
                    "goodwill.mongodb.uri", counted.uri(),
                    "goodwill.mongodb.database", counted.name())));
        }
    }

    /** Everything the app reads and writes goes through the counted client; its own client stays idle. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        RoundTrips roundTrips(CountedDatabase counted) {
            return counted.roundTrips();
        }

        @Bean
        @Primary
        MongoDatabase countedMongoDatabase(CountedDatabase counted) {
            return counted.database();
        }
    }
}
