package goodwill.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.storage.TestDatabase;
import goodwill.storage.crypto.DataKeys;
import goodwill.storage.crypto.Forgetting;
import goodwill.storage.crypto.MasterKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the read models fold again when a person is forgotten: the ledger as it read and as it reads once the key is
 * destroyed, read once for all of them; every document when the key was gone before; nothing in a replay.
 */
class RefoldingTest {

    private static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");
    private static final ContactForgotten FORGOTTEN = new ContactForgotten("team", "bo", "asked", AT);

    private final TestDatabase database = TestDatabase.create();
    private final DataKeys keys = new DataKeys(database.connection().database(), MasterKey.random(),
                                               Clock.systemUTC());
    private final AtomicInteger rewrites = new AtomicInteger();
    private final Forgetting forgetting = new Forgetting(keys, rewrites::incrementAndGet);
    private final List<LedgerEvent> history = new ArrayList<>(List.of(
            new LedgerOpened("team", "me", "Ana Lopez", AT), new ContactsMerged("team", "bo", "cy", AT), FORGOTTEN));
    private final AtomicInteger readings = new AtomicInteger();
    /** The history as it reads now: each event of a person whose key is gone stands for its placeholder reading. */
    private final Refolding refolding = new Refolding((ledgerId, from, to) -> {
        readings.incrementAndGet();
        List<Recorded> between = new ArrayList<>();
        for (Recorded recorded : Recorded.inOrder(history)) {
            if (recorded.position() >= from && recorded.position() < to) {
                between.add(keys.isForgotten("team", "bo") ? forgottenReading(recorded) : recorded);
            }
        }
        return between;
    }, forgetting, Clock.systemUTC());

    @AfterEach
    void close() {
        forgetting.close();
        database.close();
    }

    @Test
    void theFirstReadModelReadsTheLedgerAsItReadAndAsItReadsOnceTheKeysAreGoneAndTheOthersTakeThoseReadings() {
        keys.keyFor("team", "bo");
        keys.keyFor("team", "cy");
        refolding.register();
        refolding.register();

        Refolding.Refold first = refolding.forget(FORGOTTEN, 4, false);
        Refolding.Refold second = refolding.forget(FORGOTTEN, 4, false);

        assertThat(first.before()).extracting(Recorded::event).containsExactlyElementsOf(history);
        assertThat(first.after()).isNotEqualTo(first.before()).hasSize(3);
        assertThat(second).isEqualTo(first);
        assertThat(readings).as("two readings for both read models").hasValue(2);
        assertThat(keys.isForgotten("team", "bo")).isTrue();
        assertThat(keys.isForgotten("team", "cy")).as("the duplicate merged into them").isTrue();
    }

    @Test
    void aReadModelWhoseBatchEndsLaterReadsOnlyWhatWasRecordedSince() {
        keys.keyFor("team", "bo");
        refolding.register();
        refolding.register();
        Refolding.Refold first = refolding.forget(FORGOTTEN, 4, false);
        history.add(new LedgerOpened("team", "me", "Ana Lopez", AT));

        Refolding.Refold later = refolding.forget(FORGOTTEN, 5, false);

        assertThat(later.after()).hasSize(4).startsWith(first.after().toArray(Recorded[]::new));
        assertThat(later.before()).hasSize(4).startsWith(first.before().toArray(Recorded[]::new));
    }

    @Test
    void whenTheKeyWasGoneBeforeEveryDocumentIsFoldedAgainExceptInAReplay() {
        keys.forget("team", "bo");
        refolding.register();

        Refolding.Refold again = refolding.forget(FORGOTTEN, 4, false);

        assertThat(again.before()).as("every document written").isNull();
        assertThat(again.after()).hasSize(3);
        assertThat(refolding.forget(FORGOTTEN, 4, true)).as("a replay folds the history as it reads").isNull();
    }

    @Test
    void theStoresFileIsRewrittenOnceEveryReadModelWroteWhatItFoldedAgain() {
        keys.keyFor("team", "bo");
        refolding.register();
        refolding.register();
        refolding.forget(FORGOTTEN, 4, false);
        refolding.forget(FORGOTTEN, 4, false);

        refolding.written(FORGOTTEN);
        refolding.written(FORGOTTEN);

        await().atMost(Duration.ofSeconds(30)).untilAtomic(rewrites, equalTo(1));
    }

    /** The event as it reads once the person's key is gone: another instance, standing for its placeholders. */
    private static Recorded forgottenReading(Recorded recorded) {
        return new Recorded(recorded.event(), recorded.position(), recorded.eventId() + "-read-now",
                            recorded.recordedAt(), recorded.recordedBy(), recorded.correlationId());
    }
}
