package goodwill.ops.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Records the bench's favors as a client would: {@code POST /api/ledgers/bench/favors} with a JSON body, over
 * one shared {@link HttpClient} (HTTP/1.1, its connections kept alive and pooled between the bench's clients).
 */
final class HttpFavors {

    private final HttpClient http = HttpClient.newBuilder()
                                              .version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(10))
                                              .build();
    private final URI favors;
    private final FavorWorkload workload;

    HttpFavors(int port, FavorWorkload workload) {
        this.favors = URI.create("http://127.0.0.1:" + port + "/api/ledgers/" + FavorWorkload.LEDGER + "/favors");
        this.workload = workload;
    }

    /** Records the i-th HTTP favor; anything but a 201 stops the bench, naming the answer. */
    void record(int i) {
        HttpRequest request = HttpRequest.newBuilder(favors)
                                         .header("Content-Type", "application/json")
                                         .header("X-Goodwill-User", "bench")
                                         .POST(HttpRequest.BodyPublishers.ofString(workload.favorJson("http-favor-" + i, i)))
                                         .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + favors + " answered " + response.statusCode() + ": "
                                                + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording favor " + i, e);
        }
    }
}
