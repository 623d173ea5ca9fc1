package goodwill.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.facts.FactsFold.Looked;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the facts fold looks for by key, event by event, is what {@link FactsFold#lookedUp} says it will. */
class FactsFoldTest {

    @Test
    void everyDocumentTheFoldLooksForByTheEventsKeyIsNamedAhead() {
        Recorded<Person> people = new Recorded<>(Person::id);
        Recorded<KeptFavor> favors = new Recorded<>(KeptFavor::id);
        Recorded<KeptMeeting> meetings = new Recorded<>(KeptMeeting::id);
        Recorded<Introduction> introductions = new Recorded<>(Introduction::id);
        FactsFold fold = new FactsFold(new Recorded<>(FactsLedger::ledgerId), people, favors, meetings, introductions);
        Map<Looked, Recorded<?>> looked = Map.of(Looked.PEOPLE, people, Looked.FAVORS, favors,
                                                 Looked.MEETINGS, meetings, Looked.INTRODUCTIONS, introductions);
        int lookups = 0;
        for (LedgerEvent event : CorrectedHistory.of("team")) {
            looked.values().forEach(documents -> documents.asked.clear());
            fold.apply(event);
            for (Map.Entry<Looked, Recorded<?>> kind : looked.entrySet()) {
                assertThat(kind.getValue().asked).as("%s looked for at %s", kind.getKey(), event)
                        .isSubsetOf(FactsFold.lookedUp(event, kind.getKey()).toList());
                lookups += kind.getValue().asked.size();
            }
        }
        assertThat(lookups).as("look-ups checked").isGreaterThan(20);
    }

    /** Documents in memory that note the ids looked for. */
    private static final class Recorded<T> implements FactsFold.Documents<T> {

        private final Map<String, T> documents = new HashMap<>();
        private final List<String> asked = new ArrayList<>();
        private final Function<T, String> idOf;

        Recorded(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        @Override
        public Optional<T> find(String id) {
            asked.add(id);
            return Optional.ofNullable(documents.get(id));
        }

        @Override
        public void put(T document) {
            documents.put(idOf.apply(document), document);
        }
    }
}
