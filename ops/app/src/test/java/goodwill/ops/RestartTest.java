package goodwill.ops;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping and starting the single-node app on the same data loses nothing and carries on where it was. */
class RestartTest {

    @TempDir
    Path data;

    private final String database = "restart-" + UUID.randomUUID();

    @Test
    void whatWasRecordedIsStillThereAfterARestart() {
        String ledgerId;
        String ana;
        String meId;
        try (ConfigurableApplicationContext app = start()) {
            RestClient http = client(app);
            JsonNode ledger = post(http, "/api/ledgers", Map.of("ownerName", "Maya Chen"));
            ledgerId = ledger.get("ledgerId").asText();
            meId = ledger.get("meId").asText();
            ana = post(http, "/api/ledgers/" + ledgerId + "/contacts", Map.of("displayName", "Ana Ruiz")).get("contactId").asText();
            post(http, "/api/ledgers/" + ledgerId + "/favors", favor(meId, ana, "2024-03-01T10:00:00Z"));
            awaitGivenCount(http, ledgerId, ana, 1);
        }

        try (ConfigurableApplicationContext app = start()) {
            RestClient http = client(app);
            assertThat(balance(http, ledgerId, ana).get("given").get("count").asInt()).isEqualTo(1);

            post(http, "/api/ledgers/" + ledgerId + "/favors", favor(meId, ana, "2024-05-01T10:00:00Z"));

            awaitGivenCount(http, ledgerId, ana, 2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GoodwillApp.class)
                .properties(Map.of("server.port", "0",
                                   "goodwill.mongodb.data-directory", data.toString(),
                                   "goodwill.mongodb.database", database))
                .run();
    }

    private static RestClient client(ConfigurableApplicationContext app) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"))
                         .defaultHeaders(headers -> headers.setBearerAuth(
                                 TestCallers.tokenOf(app, Accounts.FIRST_ADMINISTRATOR)))
                         .build();
    }

    private static Map<String, Object> favor(String giverId, String receiverId, String occurredAt) {
        return Map.of("giverId", giverId, "receiverId", receiverId, "kind", "REFERRAL", "weight", 4,
                      "asked", false, "occurredAt", occurredAt);
    }

    private static JsonNode post(RestClient http, String path, Map<String, ?> body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
    }

    private static JsonNode balance(RestClient http, String ledgerId, String contactId) {
        return http.get().uri("/api/ledgers/{l}/reciprocity/{c}", ledgerId, contactId).retrieve().body(JsonNode.class);
    }

    private static void awaitGivenCount(RestClient http, String ledgerId, String contactId, int count) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
               .until(() -> balance(http, ledgerId, contactId).get("given").get("count").asInt() == count);
    }
}
