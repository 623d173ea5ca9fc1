package goodwill.query;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import org.junit.jupiter.api.Test;

/**
 * The histories the parity tests run over hold every kind of event of the contract: a kind added to the contract
 * fails here until the histories can record it, so that no read model's parity holds only because it never saw it.
 */
class RandomHistoriesTest {

    @Test
    void theLongHistoriesHoldEveryKindOfEvent() {
        assertThat(RandomHistories.typesIn(FoldParity.longHistories()).keySet())
                .containsExactlyInAnyOrderElementsOf(LedgerEvent.types());
    }
}
