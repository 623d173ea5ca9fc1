package goodwill.ops.demo;

import static goodwill.ops.ReadModelSnapshots.awaitProcessors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.AskMade;
import goodwill.ops.AppTest;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.storage.MongoEventStorageEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The rule "never ask for a withdrawal from an account that has been sitting empty" is applied twice: by the
 * command side, which warns when an ask is recorded (from the ledger directory), and by the query side, which flags
 * the ask in the relationship's balance (from the reciprocity read model). On the sample network, with its
 * retractions, amendments and merges, the two agree on every ask: each ask sent again (recording nothing new) is
 * warned about exactly when the balance that holds it flags it.
 */
@AppTest
class EmptyAccountAgreementTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The network {@code DemoLoaderTest} and {@code LiveEqualsReplayTest} load in the context they share. */
    private static final SampleNetwork NETWORK = new SampleNetwork(11L, SampleNetwork.MIN_CONTACTS);
    private static final String EMPTY_ACCOUNT = "empty-account";

    @Autowired
    DemoLoader loader;
    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoEventStorageEngine eventStorage;

    @Test
    void theWarningWhenAnAskIsRecordedAndTheFlagOnItsBalanceAgreeOnEveryAsk() {
        loader.load(NETWORK);
        awaitProcessors(http, PATIENCE, ProcessorsCaughtUp::caughtUp);
        Map<String, Boolean> warned = new LinkedHashMap<>();
        Map<String, Boolean> flagged = flaggedByTheReadModel();
        for (AskMade ask : asks()) {
            ResponseEntity<JsonNode> again = http.postForEntity(
                    "/api/ledgers/" + ask.ledgerId() + "/asks",
                    Map.of("askId", ask.askId(), "askerId", ask.askerId(), "askedId", ask.askedId(),
                           "what", ask.what(), "occurredAt", ask.occurredAt().toString()),
                    JsonNode.class);
            assertThat(again.getStatusCode().is2xxSuccessful()).as("%s sent again: %s", ask, again.getBody()).isTrue();
            warned.put(ask.askId(), codes(again.getBody().path("warnings")).contains(EMPTY_ACCOUNT));
        }

        assertThat(warned.values()).as("asks warned about").contains(true);
        assertThat(warned.values()).as("asks not warned about").contains(false);
        assertThat(flagged).isEqualTo(warned);
    }

    private List<AskMade> asks() {
        try (Stream<? extends TrackedEventMessage<?>> events = eventStorage.readEvents(null, false)) {
            return events.filter(message -> message.getPayload() instanceof AskMade ask
                                            && ask.ledgerId().equals(SampleNetwork.LEDGER_ID))
                         .map(message -> (AskMade) message.getPayload())
                         .toList();
        }
    }

    /** Every ask of the ledger, by id: whether the balance that holds it (a merged contact's: its survivor's) flags it. */
    private Map<String, Boolean> flaggedByTheReadModel() {
        Map<String, Boolean> flagged = new LinkedHashMap<>();
        String balances = "/api/ledgers/" + SampleNetwork.LEDGER_ID + "/reciprocity";
        for (JsonNode balance : http.getForObject(balances, JsonNode.class).path("balances")) {
            for (String way : List.of("byMe", "toMe")) {
                for (JsonNode ask : balance.path("asks").path(way).path("asks")) {
                    flagged.put(ask.path("askId").asText(), codes(ask.path("warnings")).contains(EMPTY_ACCOUNT));
                }
            }
        }
        return flagged;
    }

    private static List<String> codes(JsonNode warnings) {
        List<String> codes = new ArrayList<>();
        warnings.forEach(warning -> codes.add(warning.path("code").asText()));
        return codes;
    }
}
