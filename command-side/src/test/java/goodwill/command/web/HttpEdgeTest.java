package goodwill.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.command.Api;
import goodwill.command.CommandSideTest;
import goodwill.command.RecordedEvents;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** What the HTTP edge refuses before any command is sent. */
@CommandSideTest
class HttpEdgeTest {

    @Autowired
    ApplicationContext context;
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
                                         .header("Authorization", "Bearer " + TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR))
                                         .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                                         .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"body-too-large\"");
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

    @Test
    void strayTextAfterTheBodyIsMalformed() {
        long before = recorded.total();

        api.post("/api/ledgers", "{\"ownerName\": \"Ana\"}{\"ownerName\": \"Bo\"}").isProblem(400, "malformed-json");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void aFieldGivenTwiceIsMalformed() {
        api.post("/api/ledgers", "{\"ownerName\": \"Ana\", \"ownerName\": \"Bo\"}").isProblem(400, "malformed-json");
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsNamed() {
        var refused = api.post("/api/ledgers", "{\"ownerName\": \"Ana\", \"ownerNmae\": \"Bo\"}")
                         .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("ownerNmae");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"Ana\"", "{\"ownerName\": ", "{\"ownerName\": \"Ana\"", "{ownerName: 1}", "nul"})
    void whatIsWrongWithABodyIsSaidWithoutNamingJavaTypes(String body) {
        String detail = api.post("/api/ledgers", body).isProblem(400, "malformed-json").text("detail");

        assertThat(detail).doesNotContain("goodwill.", "java.", "com.fasterxml", "`", "Feature", "$");
    }

    @Test
    void aNumberTooLongToReadIsRefusedWithoutNamingJavaTypes() {
        var refused = api.post("/api/ledgers", "{\"ownerName\": " + "9".repeat(1_500) + "}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).doesNotContain("StreamReadConstraints", "`", "java.", "goodwill.");
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryIsAProblem() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "multipart/form-data");

        api.exchange(HttpMethod.POST, "/api/ledgers", new HttpEntity<>("--x\r\n", headers))
           .isProblem(400, "malformed-multipart");
    }

    @Test
    void anAcceptHeaderThatIsNoMediaTypeIsNamed() {
        var refused = api.post("/api/ledgers", "{\"ownerName\": \"Ana\"}", Map.of("Accept", "garbage"))
                         .isProblem(400, "invalid-header");

        assertThat(refused.errorFields()).containsExactly("Accept");
    }

    @Test
    void aCommandWhoseAnswerTheClientWouldNotAcceptIsA406ProblemAndRecordsNothing() {
        long before = recorded.total();

        api.post("/api/ledgers", "{\"ownerName\": \"Ana\"}", Map.of("Accept", "image/png"))
           .isProblem(406, "not-acceptable");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() {
        api.exchange(HttpMethod.GET, "/error", HttpEntity.EMPTY).isProblem(404, "not-found");
    }

    /** What Tomcat refuses before Spring sees it, sent over a plain socket: HTTP clients refuse to send most of it. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/ledgers/%00/contacts", "/api/ledgers/a%2Fb/contacts", "/api/ledgers/..%2f..%2f/contacts",
                            "/api/ledgers/%zz/contacts"})
    void aPathTomcatCannotReadIsAProblem(String path) throws Exception {
        String answer = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                          .contains("\"code\":\"bad-request\"").doesNotContain("<html", "Tomcat");
    }

    @Test
    void aHeaderOverTomcatsLimitIsAProblem() throws Exception {
        long before = recorded.total();

        String answer = raw("POST /api/ledgers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Idempotency-Key: " + "k".repeat(9_000) + "\r\n"
                                    + "Content-Length: 20\r\nConnection: close\r\n\r\n{\"ownerName\":\"Ana\"}");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                          .doesNotContain("<html", "Tomcat");
        assertThat(recorded.total()).isEqualTo(before);
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
