package goodwill.query;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The query API as a client sees it: a request out, an {@link HttpAnswer} back. A bean of every
 * {@link QuerySideTest}.
 */
public class QueryApi {

    private final TestRestTemplate http;

    QueryApi(TestRestTemplate http) {
        this.http = http;
    }

    /** Asks with the Accept header a client sends when it names none. */
    public HttpAnswer get(String uri) {
        return exchange(HttpMethod.GET, uri, new HttpHeaders());
    }

    public HttpAnswer get(String uri, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return exchange(HttpMethod.GET, uri, headers);
    }

    /** Asks for the JSON answer and then for the CSV one: how a list is answered, and refused, both ways. */
    public List<HttpAnswer> getAsJsonAndCsv(String uri) {
        return List.of(get(uri, MediaType.APPLICATION_JSON), get(uri, HttpAnswer.CSV));
    }

    /** The JSON bodies answered for the uris, one each, in order: what a replay must answer again. */
    public List<String> jsonBodies(List<String> uris) {
        return uris.stream().map(uri -> get(uri, MediaType.APPLICATION_JSON).body()).toList();
    }

    public HttpAnswer post(String uri) {
        return exchange(HttpMethod.POST, uri, new HttpHeaders());
    }

    /** Asks for the JSON answer until it is a 200 that shows what the test waits for, and gives that answer. */
    public JsonNode awaitJson(String uri, Predicate<JsonNode> settled) {
        return await().atMost(ReadModelTesting.PATIENCE).until(() -> get(uri, MediaType.APPLICATION_JSON),
                answer -> answer.status() == 200 && settled.test(answer.json())).json();
    }

    private HttpAnswer exchange(HttpMethod method, String uri, HttpHeaders headers) {
        ResponseEntity<String> response = http.exchange(uri, method, new HttpEntity<>(headers), String.class);
        String request = method + " " + uri + (headers.getAccept().isEmpty() ? "" : " " + headers.getAccept());
        return new HttpAnswer(request, response.getStatusCode().value(), response.getHeaders(), response.getBody());
    }
}
