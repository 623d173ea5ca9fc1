package goodwill.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.storage.StorageCollections;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API description, fuzzed with a bounded set of hostile requests derived from it, so that a
 * new endpoint is fuzzed without an edit here: each field of a body given each value of the wrong type, extreme
 * numbers and times, huge and deeply nested values; bodies that are no JSON object; wrong content types and accept
 * headers; path and query parameters given hostile values. Whatever the request, the answer is never a 5xx, every
 * error is {@code application/problem+json} with a {@code code}, and a request answered with an error recorded
 * nothing.
 */
@AppTest
class FuzzApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that no field should take in, or that a field should take in and bound. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "null", "true", "0", "-1", "1.5", "1e308", "-1e308", "9223372036854775808", "\"\"", "\" \"",
            "\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"0000-01-01T00:00:00Z\"",
            "\"2024-02-30\"", "\"+999999999-12-31\"", "\"<script>alert(1)</script>\"", "\"=HYPERLINK(\\\"x\\\")\"",
            "\"" + "x".repeat(70_000) + "\"", "[]", "[" + "1,".repeat(5_000) + "1]", "{}", "{\"a\":{\"b\":1}}",
            "[".repeat(2_000) + "]".repeat(2_000), "\"\\u0000\"", "\"\\ud800\"");

    /** Whole bodies that are no JSON object of the request. */
    private static final List<String> HOSTILE_BODIES = List.of(
            "", "null", "[]", "\"text\"", "{", "{}{}", "{\"a\":1}", "{\"a\":1,\"a\":2}", "{'a':1}", "\u00ff\u00fe",
            "[".repeat(3_000));

    /** Parameter values for the path and the query. */
    private static final List<String> HOSTILE_PARAMETERS = List.of(
            "%00", "%2F", "..%2F..%2F", "%25", "-1", "1e308", "-999999999-01-01T00:00:00Z", "x".repeat(5_000),
            "%3Cscript%3E", "%E2%80%AE", "%C0%AF");

    /** A Java type, package or method in an answer: what no error may name. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.springframework|org\\.axonframework|com\\.fasterxml|com\\.mongodb|goodwill)\\.[a-z]"
                    + "|Exception\\b|\\.java:\\d+");

    private static final List<String> HOSTILE_ACCEPTS = List.of("garbage", "text/html", "image/png", "*/*;q=x");

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noHostileRequestGetsA5xxAnUnexplainedErrorOrRecordsAnything() throws Exception {
        JsonNode ledger = JSON.readTree(send("POST", "/api/ledgers", "application/json", "{\"ownerName\":\"Fuzz\"}", null).body());
        String ledgerId = ledger.path("ledgerId").asText();
        send("POST", "/api/ledgers/" + ledgerId + "/contacts", "application/json", "{\"contactId\":\"ana\",\"displayName\":\"Ana\"}", null);
        JsonNode description = JSON.readTree(send("GET", "/v3/api-docs", null, null, null).body());

        for (Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                fuzz(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), description, ledgerId);
            }
        }

        assertThat(requests).as("requests sent").isGreaterThan(1_000);
        assertThat(failures).as("answers that break the contract, of " + requests + " requests").isEmpty();
    }

    private void fuzz(String method, String template, JsonNode operation, JsonNode description, String ledgerId)
            throws Exception {
        String path = template.replace("{ledgerId}", ledgerId).replaceAll("\\{[^}]+}", "fuzz-unknown");
        JsonNode schema = resolve(operation.at("/requestBody/content/application~1json/schema"), description);
        String body = schema.isMissingNode() ? null : JSON.writeValueAsString(example(schema, description));
        // Hostile path parameters, each in turn.
        for (String parameter : pathParameters(template)) {
            for (String value : HOSTILE_PARAMETERS) {
                String hostile = template.replace("{" + parameter + "}", value)
                                         .replace("{ledgerId}", ledgerId).replaceAll("\\{[^}]+}", "fuzz-unknown");
                check(method, hostile, body == null ? null : "application/json", body, null);
            }
        }
        // Hostile query parameters, each in turn.
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                for (String value : HOSTILE_PARAMETERS) {
                    check(method, path + "?" + parameter.path("name").asText() + "=" + value, null, null, null);
                }
            }
        }
        for (String accept : HOSTILE_ACCEPTS) {
            check(method, path, body == null ? null : "application/json", body, accept);
        }
        if (body == null) {
            return;
        }
        // Each field of the body given each hostile value.
        ObjectNode example = (ObjectNode) JSON.readTree(body);
        for (Iterator<String> fields = example.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            for (String value : HOSTILE_VALUES) {
                ObjectNode mutated = example.deepCopy();
                mutated.remove(field);
                String json = JSON.writeValueAsString(mutated);
                String withValue = json.length() <= 2 ? "{\"" + field + "\":" + value + "}"
                        : json.substring(0, json.length() - 1) + ",\"" + field + "\":" + value + "}";
                check(method, path, "application/json", withValue, null);
            }
        }
        for (String hostile : HOSTILE_BODIES) {
            check(method, path, "application/json", hostile, null);
        }
        for (String contentType : List.of("text/plain", "application/xml", "multipart/form-data",
                                          "application/x-www-form-urlencoded", "application/json; charset=nonsense")) {
            check(method, path, contentType, body, null);
        }
    }

    private void check(String method, String path, String contentType, String body, String accept) throws Exception {
        long before = database.getCollection(StorageCollections.EVENTS).countDocuments();
        HttpResponse<String> answer;
        try {
            answer = send(method, path, contentType, body, accept);
        } catch (IllegalArgumentException notAUri) {
            return; // the client cannot send it; the HTTP edge test sends such paths over a plain socket
        }
        requests++;
        String what = method + " " + abbreviated(path) + " [" + contentType + ", accept " + accept + "] "
                + abbreviated(String.valueOf(body)) + " → " + answer.statusCode() + " " + abbreviated(answer.body());
        if (answer.statusCode() >= 500) {
            failures.add("5xx: " + what);
        }
        if (answer.statusCode() >= 400 && !method.equals("HEAD")) { // an answer to HEAD has no body
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json") || !JSON.readTree(answer.body()).hasNonNull("code")) {
                failures.add("not a problem with a code: " + what);
            }
            if (JAVA_NAME.matcher(answer.body()).find()) {
                failures.add("names a Java type: " + what);
            }
            long after = database.getCollection(StorageCollections.EVENTS).countDocuments();
            if (after != before) {
                failures.add("refused, yet recorded " + (after - before) + " commit(s): " + what);
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .method(method, body == null ? BodyPublishers.noBody()
                                                         : BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                                 .header("Authorization", "Bearer "
                                                         + TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    /** A body with every property of the schema, of its type: the base each hostile value is put into. */
    private static JsonNode example(JsonNode schema, JsonNode description) {
        ObjectNode example = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolve(property.getValue(), description);
            switch (type.path("type").asText()) {
                case "integer", "number" -> example.put(property.getKey(), type.path("minimum").asInt(1));
                case "boolean" -> example.put(property.getKey(), false);
                case "array" -> example.putArray(property.getKey()).add("ana");
                case "object" -> example.putObject(property.getKey());
                default -> example.put(property.getKey(), switch (type.path("format").asText()) {
                    case "date-time" -> "2024-03-01T10:00:00Z";
                    case "date" -> "2024-03-01";
                    default -> type.has("enum") ? type.path("enum").get(0).asText() : "ana";
                });
            }
        }
        return example;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode description) {
        String reference = schema.path("$ref").asText("");
        return reference.startsWith("#/") ? description.at(reference.substring(1)) : schema;
    }

    private static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
