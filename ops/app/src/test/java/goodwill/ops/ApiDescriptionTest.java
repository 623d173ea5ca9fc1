package goodwill.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The API description tells the truth about every operation: what it does (a description), where it belongs (a tag
 * the description defines), the statuses it answers (a create's 201 with {@code Location}, as a create really
 * answers, and the problems of the error contract). {@code .ci/run} lints it with spectral's OpenAPI rules too.
 */
@AppTest
class ApiDescriptionTest {

    @Autowired
    TestRestTemplate http;

    private record Described(String method, String path, JsonNode operation) {
    }

    private List<Described> operations(JsonNode description) {
        List<Described> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(
                    operation -> operations.add(new Described(operation.getKey(), path.getKey(), operation.getValue())));
        }
        return operations;
    }

    @Test
    void everyOperationIsDescribedTaggedAndAnswersProblemsOfTheContract() {
        JsonNode description = http.getForObject("/v3/api-docs", JsonNode.class);
        List<String> tags = description.path("tags").findValuesAsText("name");

        List<Described> operations = operations(description);

        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(description.path("paths").has("/error")).isFalse();
        for (Described described : operations) {
            JsonNode operation = described.operation();
            String what = described.method() + " " + described.path();
            assertThat(operation.path("description").asText()).as(what).isNotBlank();
            assertThat(operation.path("tags").get(0).asText()).as(what).isIn(tags);
            JsonNode problems = operation.path("responses");
            assertThat(problems.fieldNames()).toIterable().as(what).anyMatch(status -> status.startsWith("4"));
            problems.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as(what + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }
    }

    @Test
    void aCreateIsDescribedAsItAnswers201WithItsLocation() {
        JsonNode description = http.getForObject("/v3/api-docs", JsonNode.class);
        JsonNode favors = description.at("/paths/~1api~1ledgers~1{ledgerId}~1favors/post/responses");
        JsonNode ledger = http.postForObject("/api/ledgers", Map.of("ownerName", "Ana"), JsonNode.class);

        ResponseEntity<JsonNode> contact = http.postForEntity(
                "/api/ledgers/" + ledger.path("ledgerId").asText() + "/contacts", Map.of("displayName", "Bo"), JsonNode.class);

        assertThat(favors.has("201")).isTrue();
        assertThat(favors.has("200")).isFalse();
        assertThat(favors.at("/201/headers/Location").isMissingNode()).isFalse();
        assertThat(favors.has("422")).isTrue();
        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(contact.getHeaders().getLocation()).isNotNull();
        assertThat(description.at("/paths/~1api~1admin~1processors~1{name}~1replay/post/responses").has("202")).isTrue();
        assertThat(description.at("/components/schemas/RecordMeetingRequest/properties/attendeeIds/maxItems").asInt())
                .isEqualTo(50);
    }
}
