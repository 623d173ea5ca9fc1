package goodwill.ops.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A running Goodwill, as the command line talks to it: over HTTP at its address, with a personal access token, like
 * {@code gh} or {@code kubectl}. What goes wrong is said in words on standard error.
 */
public final class Remote {

    /** The exit code of a command the server refused, or that could not reach it. */
    public static final int REFUSED = 1;
    /** The exit code of a command given wrongly. */
    public static final int USAGE = 2;

    private final URI url;
    private final String token;
    private final PrintWriter said;
    private final HttpClient http = HttpClient.newHttpClient();

    private Remote(URI url, String token, PrintWriter said) {
        this.url = url;
        this.token = token;
        this.said = said;
    }

    /** The server at the address with the token; none (after saying why) when there is no token. */
    public static Optional<Remote> at(URI url, String token, PrintWriter said) {
        if (token == null || token.isBlank()) {
            said.println("A token is needed: --token, or the GOODWILL_TOKEN variable (make one on the Tokens page).");
            return Optional.empty();
        }
        return Optional.of(new Remote(url, token, said));
    }

    /** A request to the path of the ledger, as the token's owner. */
    public HttpRequest.Builder ledger(String ledgerId, String path) {
        return to("/api/ledgers/" + URLEncoder.encode(ledgerId, StandardCharsets.UTF_8) + path);
    }

    /** A request to the path (with its query), as the token's owner. */
    public HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(url.resolve(path)).header("Authorization", "Bearer " + token);
    }

    /**
     * Sends the request and answers the response when it has the status expected; empty, after saying why, when the
     * server cannot be reached or answers otherwise ("{@code notDone}: the server answered 404: …", in its words).
     */
    public <T> Optional<HttpResponse<T>> expect(HttpRequest request, HttpResponse.BodyHandler<T> body, int status,
                                                String notDone) throws IOException, InterruptedException {
        HttpResponse<T> answer;
        try {
            answer = http.send(request, body);
        } catch (ConnectException e) {
            said.println("Could not reach Goodwill at " + url + ": is it running?");
            return Optional.empty();
        }
        if (answer.statusCode() != status) {
            String text = answer.body() instanceof InputStream stream
                    ? new String(stream.readAllBytes(), StandardCharsets.UTF_8) : String.valueOf(answer.body());
            said.println(notDone + ": the server answered " + answer.statusCode() + ": " + detailOf(text));
            return Optional.empty();
        }
        return Optional.of(answer);
    }

    /** What a problem+json answer says went wrong, or its first characters. */
    private static String detailOf(String text) {
        try {
            JsonNode problem = new ObjectMapper().readTree(text);
            return problem.path("detail").asText(problem.path("title").asText(text));
        } catch (IOException notJson) {
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
    }
}
