package goodwill.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The first slice through the single-node app, over HTTP on the embedded database: what is recorded on the
 * command side is read back from a projection on the query side.
 */
@AppTest
class FirstSliceEndToEndTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aFavorRecordedBetweenMeAndAContactShowsInTheirBalance() {
        JsonNode ledger = post("/api/ledgers", Map.of("ownerName", "Maya Chen"));
        String ledgerId = ledger.get("ledgerId").asText();
        String meId = ledger.get("meId").asText();
        String ana = post("/api/ledgers/" + ledgerId + "/contacts", Map.of("displayName", "Ana Ruiz")).get("contactId").asText();
        post("/api/ledgers/" + ledgerId + "/contacts", Map.of("displayName", "Tom Lee"));

        post("/api/ledgers/" + ledgerId + "/favors", Map.of(
                "giverId", meId, "receiverId", ana, "kind", "INTRODUCTION", "weight", 3, "asked", false,
                "occurredAt", "2024-03-01T10:00:00Z"));
        post("/api/ledgers/" + ledgerId + "/favors", Map.of(
                "giverId", ana, "receiverId", meId, "kind", "ADVICE", "weight", 2, "asked", true,
                "occurredAt", "2024-04-01T10:00:00Z"));

        JsonNode balance = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForEntity("/api/ledgers/" + ledgerId + "/reciprocity/" + ana, JsonNode.class),
                answer -> answer.getStatusCode() == HttpStatus.OK
                        && answer.getBody().get("received").get("count").asInt() == 1).getBody();
        assertThat(balance.get("given").get("count").asInt()).isEqualTo(1);
        assertThat(balance.get("lastGivenAt").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(balance.get("lastReceivedAt").asText()).isEqualTo("2024-04-01T10:00:00Z");
        assertThat(balance.get("balance").asDouble()).isPositive();
    }

    @Test
    void aFavorNamingAnUnknownContactIsRefusedWithProblemDetailsAndNothingShows() {
        JsonNode ledger = post("/api/ledgers", Map.of("ownerName", "Maya Chen"));
        String ledgerId = ledger.get("ledgerId").asText();

        ResponseEntity<JsonNode> refused = http.postForEntity("/api/ledgers/" + ledgerId + "/favors", Map.of(
                "giverId", ledger.get("meId").asText(), "receiverId", "nobody", "kind", "ADVICE", "weight", 2,
                "asked", true, "occurredAt", "2024-04-01T10:00:00Z"), JsonNode.class);

        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().toString()).contains("receiverId");
        assertThat(http.getForEntity("/api/ledgers/" + ledgerId + "/reciprocity/nobody", JsonNode.class)
                       .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApiDescriptionNamesGoodwillAndBothSidesEndpoints() {
        JsonNode description = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(description.at("/info/title").asText()).isEqualTo("Goodwill");
        assertThat(description.get("paths").has("/api/ledgers/{ledgerId}/favors")).isTrue();
        assertThat(description.get("paths").has("/api/ledgers/{ledgerId}/reciprocity")).isTrue();
    }

    private JsonNode post(String path, Map<String, ?> body) {
        ResponseEntity<JsonNode> answer = http.postForEntity(path, body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("POST %s answered %s", path, answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }
}
