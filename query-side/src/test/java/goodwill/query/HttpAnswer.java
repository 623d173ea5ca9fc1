package goodwill.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a query endpoint answered ({@link QueryApi}), for end-to-end tests: status, headers and body, read as JSON or
 * CSV rows; and the request it answered, for the assertions' messages.
 */
public record HttpAnswer(String request, int status, HttpHeaders headers, String body) {

    public static final MediaType CSV = new MediaType("text", "csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    public MediaType contentType() {
        return headers.getContentType();
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    /** The rows of a CSV body with a header row, each by column name. */
    public List<Map<String, String>> csvRows() {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError("Not CSV: " + body, e);
        }
    }

    /** Asserts a 200 answer in JSON. */
    public HttpAnswer isJson() {
        return isOk(MediaType.APPLICATION_JSON);
    }

    /** Asserts a 200 answer in CSV. */
    public HttpAnswer isCsv() {
        return isOk(CSV);
    }

    /** Asserts a 200 answer in CSV whose header row is {@code header}. */
    public HttpAnswer isCsv(String header) {
        isCsv();
        assertThat(body.lines().findFirst()).as("header row of %s", request).contains(header);
        return this;
    }

    private HttpAnswer isOk(MediaType type) {
        assertThat(status).as("status of %s: %s", request, body).isEqualTo(200);
        assertThat(contentType()).as("content type of %s", request).isNotNull();
        assertThat(contentType().isCompatibleWith(type)).as("content type of %s: %s", request, contentType()).isTrue();
        return this;
    }

    /** Asserts a problem+json answer with the status. */
    public HttpAnswer isProblem(int status) {
        assertThat(this.status).as("status of %s: %s", request, body).isEqualTo(status);
        assertThat(contentType()).as("content type of %s", request).isNotNull();
        assertThat(contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type of %s: %s", request, contentType()).isTrue();
        return this;
    }

    /** Asserts a problem+json answer with the status and code. */
    public HttpAnswer isProblem(int status, String code) {
        isProblem(status);
        assertThat(json().path("code").asText()).as("code of %s", request).isEqualTo(code);
        return this;
    }
}
