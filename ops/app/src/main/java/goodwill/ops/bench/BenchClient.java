package goodwill.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The bench as a client of the app's HTTP API: one shared {@link HttpClient} (HTTP/1.1, its connections kept
 * alive and pooled between the bench's clients) against the app's web server on a loopback port.
 */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
                                              .version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(10))
                                              .build();
    private final String base;
    private final String authorization;

    /** @param token the personal access token every request is authenticated with */
    BenchClient(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Bearer " + token;
    }

    /** Records a favor ({@code POST /api/ledgers/{l}/favors}); anything but a 201 stops the bench, naming the answer. */
    void recordFavor(String ledgerId, String favorJson) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ledgers/" + ledgerId + "/favors"))
                                         .header("Content-Type", "application/json")
                                         .POST(HttpRequest.BodyPublishers.ofString(favorJson))
                                         .build();
        expect(201, send(request));
    }

    /** A POST of a JSON body that must answer {@code status}, as JSON. */
    JsonNode postJson(String path, String json, int status) {
        return json(expect(status, send(HttpRequest.newBuilder(URI.create(base + path))
                                                   .header("Content-Type", "application/json")
                                                   .POST(HttpRequest.BodyPublishers.ofString(json)).build())));
    }

    /** A file posted to be imported, answered at once (202) with where its import goes on. */
    HttpResponse<String> postFile(String path, String contentType, byte[] file) {
        return expect(202, send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                                           .header("Prefer", "respond-async")
                                           .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build()));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build());
    }

    /** A GET that must answer 200, as JSON. */
    JsonNode getJson(String path) {
        return json(expect(200, get(path)));
    }

    /** A POST without a body that must answer {@code status}, as JSON. */
    JsonNode post(String path, int status) {
        return json(expect(status, send(HttpRequest.newBuilder(URI.create(base + path))
                                                   .POST(HttpRequest.BodyPublishers.noBody()).build())));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                                            + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                                        .header("Authorization", authorization).build(),
                             HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), e);
        }
    }
}
