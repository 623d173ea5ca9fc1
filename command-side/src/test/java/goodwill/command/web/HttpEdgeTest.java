package goodwill.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.CommandSideTest;
import goodwill.command.RecordedEvents;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** What the HTTP edge refuses before any command is sent. */
@CommandSideTest
class HttpEdgeTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;
    @LocalServerPort
    int port;

    @Test
    void malformedJsonIsABadRequest() {
        long before = recorded.total();

        api.post("/api/ledgers", "{\"ownerName\": ").isProblem(400, "malformed-json");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotAnObjectIsMalformed() {
        api.post("/api/ledgers", "[1, 2]").isProblem(400, "malformed-json");
    }

    @Test
    void aMissingBodyIsMalformed() {
        api.post("/api/ledgers", "").isProblem(400, "malformed-json");
    }

    @Test
    void aBodyOver64KilobytesIsRefusedUnread() {
        long before = recorded.total();
        String huge = """
                {"ownerName": "Ana", "padding": "%s"}""".formatted("x".repeat(65 * 1024));

        api.post("/api/ledgers", huge).isProblem(413, "body-too-large");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void aBodySentWithoutALengthIsCutOffAt64Kilobytes() throws Exception {
        long before = recorded.total();
        byte[] huge = """
                {"ownerName": "Ana", "padding": "%s"}""".formatted("x".repeat(65 * 1024)).getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ledgers"))
                                         .header("Content-Type", "application/json")
                                         .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                                         .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"body-too-large\"");
        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void anOverlongUserHeaderIsNamed() {
        long before = recorded.total();

        var refused = api.post("/api/ledgers", "{\"ownerName\": \"Ana\"}", Map.of("X-Goodwill-User", "u".repeat(101)))
                         .isProblem(400, "invalid-header");

        assertThat(refused.errorFields()).containsExactly("X-Goodwill-User");
        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        api.post("/api/nothing-here", "{}").isProblem(404, "not-found");
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        api.exchange(HttpMethod.DELETE, "/api/ledgers", HttpEntity.EMPTY).isProblem(405, "method-not-allowed");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);

        api.exchange(HttpMethod.POST, "/api/ledgers", new HttpEntity<>("ownerName=Ana", headers))
           .isProblem(415, "unsupported-media-type");
    }
}
