package goodwill.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The command API as a client sees it: JSON text in, status, headers and JSON out. */
public class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    Api(TestRestTemplate http) {
        this.http = http;
    }

    public record Answer(int status, HttpHeaders headers, JsonNode body) {

        public String text(String field) {
            return body.path(field).asText();
        }

        /** The fields named in a problem's {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            return fields;
        }

        /** The message of the problem's error about the field. */
        public String errorAbout(String field) {
            for (JsonNode error : body.path("errors")) {
                if (error.path("field").asText().equals(field)) {
                    return error.path("message").asText();
                }
            }
            throw new AssertionError("No error about " + field + " in " + body);
        }

        /** Asserts a problem+json answer with the status and code. */
        public Answer isProblem(int status, String code) {
            assertThat(this.status).as("status of %s", body).isEqualTo(status);
            assertThat(headers.getContentType()).isNotNull();
            assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("content type %s", headers.getContentType()).isTrue();
            assertThat(text("code")).isEqualTo(code);
            assertThat(body.path("status").asInt()).isEqualTo(status);
            assertThat(body.toString()).doesNotContain("Exception", "\tat ");
            return this;
        }

        /** Asserts the problem's {@code errors} are about these fields, in this order, and no other. */
        public Answer naming(String... fields) {
            assertThat(errorFields()).as("fields named in %s", body).containsExactly(fields);
            return this;
        }
    }

    public Answer post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Answer post(String path, String json, Map<String, String> headers) {
        HttpHeaders requestHeaders = new HttpHeaders();
        requestHeaders.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(requestHeaders::set);
        return exchange(HttpMethod.POST, path, new HttpEntity<>(json, requestHeaders));
    }

    /** Posts with an {@code Idempotency-Key}, the header a client retries a create under. */
    public Answer post(String path, String json, String idempotencyKey) {
        return post(path, json, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** A key no other request of any test has used. */
    public static String freshIdempotencyKey() {
        return "key-" + UUID.randomUUID();
    }

    public Answer exchange(HttpMethod method, String path, HttpEntity<?> request) {
        ResponseEntity<String> response = http.exchange(path, method, request, String.class);
        try {
            JsonNode body = response.getBody() == null ? JSON.nullNode() : JSON.readTree(response.getBody());
            return new Answer(response.getStatusCode().value(), response.getHeaders(), body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }

    /** Opens a ledger of the test's own and answers its id and me. */
    public Answer openLedger() {
        String ledgerId = "l-" + UUID.randomUUID();
        Answer opened = post("/api/ledgers", """
                {"ledgerId": "%s", "ownerName": "Ana Lopez"}""".formatted(ledgerId));
        assertThat(opened.status()).as("opening %s", opened.body()).isEqualTo(201);
        return opened;
    }

    public void addContact(String ledgerId, String contactId) {
        Answer added = post("/api/ledgers/" + ledgerId + "/contacts", """
                {"contactId": "%s", "displayName": "%s"}""".formatted(contactId, contactId));
        assertThat(added.status()).as("adding %s: %s", contactId, added.body()).isEqualTo(201);
    }
}
