package goodwill.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import goodwill.ops.AppTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The sample network recorded through the command bus of the single-node app, then read over HTTP. */
@AppTest
class DemoLoaderTest {

    @Autowired
    DemoLoader loader;

    @Autowired
    MongoDatabase database;

    @Autowired
    TestRestTemplate http;

    @Test
    void aSmallNetworkLoadsWithoutRefusalLoadsAgainAsNothingNewAndIsReadBack() {
        SampleNetwork network = new SampleNetwork(11L, SampleNetwork.MIN_CONTACTS);

        DemoLoader.Loaded first = loader.load(network);
        long recorded = eventsOfTheDemoLedger();
        DemoLoader.Loaded again = loader.load(network);

        assertThat(recorded).isPositive();
        assertThat(again.meId()).isEqualTo(first.meId());
        assertThat(eventsOfTheDemoLedger()).isEqualTo(recorded);

        String advocate = network.cast().advocates().get(0);
        JsonNode balance = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.getForEntity("/api/ledgers/demo/reciprocity/" + advocate, JsonNode.class),
                answer -> answer.getStatusCode() == HttpStatus.OK
                        && answer.getBody().get("received").get("count").asInt() > 0).getBody();
        assertThat(balance.get("given").get("count").asInt()).isPositive();
        JsonNode journal = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.getForObject("/api/ledgers/demo/journal?limit=20", JsonNode.class),
                answer -> answer != null && answer.path("entries").size() > 0);
        assertThat(journal.path("entries").findValuesAsText("recordedBy")).containsOnly(DemoLoader.RECORDED_BY);
    }

    private long eventsOfTheDemoLedger() {
        return database.getCollection("events").countDocuments(Filters.eq("ledgerId", SampleNetwork.LEDGER_ID));
    }
}
