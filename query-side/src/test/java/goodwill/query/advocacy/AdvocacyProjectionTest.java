package goodwill.query.advocacy;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.FavorKind;
import goodwill.events.IntroductionOutcome;
import goodwill.events.LedgerEvent;
import goodwill.query.ProjectionHarness;
import goodwill.storage.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection stores what the fold computes, whether it is handed the events one by one or in one batch. */
class AdvocacyProjectionTest {

    private static final Instant FEB = Instant.parse("2024-02-01T10:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");
    private static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");

    private TestDatabase database;
    private AdvocacyStore store;
    private AdvocacyProjection projection;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.create();
        store = new AdvocacyStore(database.connection().database());
        projection = new AdvocacyProjection(store);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** Every kind of fact, each correction, a chain of merges, and another ledger's events in between. */
    private static List<LedgerEvent> history() {
        LedgerEvents team = new LedgerEvents("team");
        LedgerEvents other = new LedgerEvents("other");
        return List.of(
                team.opened(), other.opened(),
                team.contact("bo"), team.contact("cy"), team.contact("di"), team.contact("ed"), other.contact("bo"),
                team.favor("f1", "bo", "me", FavorKind.REFERRAL, 4, false, null, FEB),
                other.favor("f1", "bo", "me", FavorKind.REFERRAL, 4, false, null, FEB),
                team.favor("f2", "cy", "me", FavorKind.ADVICE, 2, true, "di", FEB),
                team.favor("f3", "di", "bo", FavorKind.SUPPORT, 3, false, "me", FEB),
                team.favor("f4", "ed", "cy", FEB),
                team.favor("f5", "bo", "me", FEB),
                team.amended("f4", null, "me", FavorKind.RECOMMENDATION, 5, MARCH),
                team.amended("f2", "bo", null, null, null, MARCH),
                team.retracted("f5", MARCH),
                team.amended("f5", null, null, null, 5, MARCH),
                team.introduction("i1", "cy", "me", "ed", FEB),
                team.outcome("i1", "o1", IntroductionOutcome.MET, MARCH),
                team.introduction("i2", "me", "bo", "cy", FEB),
                team.commitment("c1", "di", "me", FEB),
                team.commitment("c2", "cy", "me", FEB),
                team.commitment("c3", "bo", "me", FEB),
                team.kept("c1", MARCH), team.broken("c2", MARCH), team.released("c3", MARCH),
                new ContactDetailsChanged("team", "bo", "Bo Chen", null, null, null, null, null, MARCH),
                new ContactArchived("team", "ed", "left", MARCH),
                team.merged("di", "cy", APRIL),
                team.outcome("i1", "o2", IntroductionOutcome.HIRED, APRIL),
                team.merged("cy", "bo", APRIL),
                team.favor("f6", "di", "me", FavorKind.INTRODUCTION, 3, true, null, MAY),
                team.retracted("f3", MAY),
                team.kept("c2", MAY));
    }

    private AdvocacyFold.History stored(String ledgerId) {
        AdvocacyLedger ledger = store.ledgers.find(eq("_id", ledgerId)).first();
        Map<String, ContactFacts> contacts = new HashMap<>();
        store.contacts.find(eq("ledgerId", ledgerId)).forEach(stored -> contacts.put(stored.contact().contactId(),
                                                                                        stored.contact()));
        return new AdvocacyFold.History(ledger, contacts);
    }

    private static AdvocacyFold.History folded(String ledgerId) {
        List<LedgerEvent> ofLedger = history().stream().filter(event -> event.ledgerId().equals(ledgerId)).toList();
        AdvocacyFold.History folded = AdvocacyFold.fold(ofLedger);
        return new AdvocacyFold.History(folded.ledger(), new HashMap<>(folded.contacts()));
    }

    @Test
    void handledOneByOneTheStoredFactsAreTheFoldsForEachLedger() {
        new ProjectionHarness(projection).oneByOne(history());

        assertThat(stored("team")).isEqualTo(folded("team"));
        assertThat(stored("other")).isEqualTo(folded("other"));
    }

    @Test
    void handledInOneBatchAndThenAgainTheStoredFactsAreTheFolds() {
        new ProjectionHarness(projection).inOneBatch(history());
        AdvocacyFold.History once = stored("team");
        new ProjectionHarness(projection).inOneBatch(history());

        assertThat(once).isEqualTo(folded("team"));
        assertThat(stored("team")).isEqualTo(once);
        assertThat(stored("other")).isEqualTo(folded("other"));
    }

    @Test
    void theHistoryExercisesEveryKindOfFactAndCorrection() {
        AdvocacyFold.History team = folded("team");

        List<String> survivorsFacts = new ArrayList<>(team.contacts().get("bo").facts().stream().map(Fact::key).toList());
        assertThat(survivorsFacts).containsExactlyInAnyOrder("favor:f1", "favor:f2", "introduction:i1",
                                                             "introduction:i1/o1", "introduction:i1/o2",
                                                             "commitment:c1", "commitment:c2", "favor:f6");
        assertThat(team.contacts().get("ed").facts()).extracting(Fact::key).containsExactly("favor:f4");
        assertThat(team.contacts().get("ed").archived()).isTrue();
        assertThat(team.contacts().get("cy").facts()).isEmpty();
        assertThat(team.contacts().get("bo").name()).isEqualTo("Bo Chen");
    }
}
