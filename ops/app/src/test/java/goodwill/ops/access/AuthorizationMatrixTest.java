package goodwill.ops.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.access.AccessTokens;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.access.TokenScope;
import goodwill.ops.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may do what, for every request mapping of both sides (and of the actuator and the API description), read from
 * Spring's handler mappings: an endpoint added later is in this matrix without anyone adding it. For each:
 * anonymous is 401 (a page: sent to the sign-in page), a stranger to the ledger is 404 {@code unknown-ledger}, a
 * VIEWER's or a READ token's change is 403, a non-administrator on the administrators' paths is 403, and the owner
 * (an administrator) is let through: whatever the endpoint answers then, it is not about who is asking.
 */
@AppTest
class AuthorizationMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<RequestMethod> READING = Set.of(RequestMethod.GET, RequestMethod.HEAD);
    /** What only an OWNER of the ledger may change: its members, and whether a person is forgotten. */
    private static final List<String> OWNER_ONLY = List.of("/api/ledgers/{ledgerId}/members",
                                                           "/api/ledgers/{ledgerId}/contacts/{contactId}/forgetting");
    /** The only paths open to all. */
    private static final Set<String> PUBLIC = Set.of("/actuator/health", "/actuator/health/**");

    @Autowired
    ApplicationContext context;
    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String ledgerId;
    private String owner;
    private String ownerReadOnly;
    private String viewer;
    private String editor;
    private String stranger;
    private String strangersPassword;

    @BeforeEach
    void aLedgerWithAViewerAndAStranger() throws Exception {
        owner = TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR);
        ownerReadOnly = context.getBean(AccessTokens.class)
                               .create(Accounts.FIRST_ADMINISTRATOR, "read", 1, TokenScope.READ).token();
        String suffix = Long.toString(System.nanoTime(), 36);
        viewer = TestCallers.newUser(context, "viewer-" + suffix);
        editor = TestCallers.newUser(context, "editor-" + suffix);
        stranger = TestCallers.newUser(context, "stranger-" + suffix);
        strangersPassword = Base64.getEncoder().encodeToString(("stranger-" + suffix + ":"
                + TestCallers.passwordOf("stranger-" + suffix)).getBytes(StandardCharsets.UTF_8));
        ledgerId = JSON.readTree(send("POST", "/api/ledgers", owner, "{\"ownerName\": \"Maya Chen\"}").body())
                       .path("ledgerId").asText();
        assertThat(send("POST", "/api/ledgers/" + ledgerId + "/members", owner,
                        "{\"username\": \"viewer-" + suffix + "\", \"role\": \"VIEWER\"}").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/ledgers/" + ledgerId + "/members", owner,
                        "{\"username\": \"editor-" + suffix + "\", \"role\": \"EDITOR\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void everyEndpointAnswersOnlyThoseAllowedToAskIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            checked.add(endpoint.method() + " " + endpoint.pattern()
                        + (endpoint.query().isEmpty() ? "" : "?" + endpoint.query()));
            check(endpoint, wrong);
        }

        assertThat(checked).as("the mappings checked").contains(
                "POST /api/ledgers/{ledgerId}/favors", "GET /api/ledgers/{ledgerId}/journal",
                "POST /api/admin/processors/{name}/replay", "POST /api/users", "POST /api/me/tokens",
                "GET /api/ledgers/{ledgerId}/members", "GET /v3/api-docs", "GET /actuator/metrics",
                "POST /api/ledgers/{ledgerId}/imports", "POST /api/ledgers/{ledgerId}/imports?format=goodwill",
                "POST /api/ledgers/{ledgerId}/contacts/{contactId}/forgetting");
        assertThat(checked.size()).as("mappings checked").isGreaterThan(50);
        assertThat(wrong).as("answers to the wrong people, of " + checked.size() + " mappings").isEmpty();
    }

    private void check(Endpoint endpoint, List<String> wrong) throws Exception {
        String path = endpoint.concretePath(ledgerId);
        String method = endpoint.method().name();
        String what = method + " " + endpoint.pattern() + ": ";
        boolean api = path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator");
        boolean open = PUBLIC.contains(endpoint.pattern());
        boolean reading = READING.contains(endpoint.method());
        boolean ledgerPath = endpoint.pattern().startsWith("/api/ledgers/{ledgerId}");
        boolean forAdministrators = endpoint.pattern().startsWith("/api/admin/") || endpoint.pattern().startsWith("/api/users");

        HttpResponse<String> anonymous = send(method, path, null, "{}");
        if (open) {
            if (anonymous.statusCode() == 401 || anonymous.statusCode() == 302) {
                wrong.add(what + "anonymous was refused an open path: " + anonymous.statusCode());
            }
            return;
        }
        if (api) {
            expect(wrong, what + "anonymous", anonymous, 401, "unauthenticated");
            if (anonymous.headers().firstValue("WWW-Authenticate").isEmpty()) {
                wrong.add(what + "anonymous got no WWW-Authenticate");
            }
        } else if (anonymous.statusCode() != 302
                || !anonymous.headers().firstValue("Location").orElse("").contains("/login.html")) {
            wrong.add(what + "anonymous was not sent to sign in: " + anonymous.statusCode());
        }
        if (!api) {
            return;
        }
        if (ledgerPath) {
            expect(wrong, what + "stranger", send(method, path, stranger, "{}"), 404, "unknown-ledger");
            HttpResponse<String> byViewer = send(method, path, viewer, "{}");
            if (reading) {
                letThrough(wrong, what + "viewer", byViewer);
            } else {
                expect(wrong, what + "viewer", byViewer, 403, "forbidden");
                HttpResponse<String> byEditor = send(method, path, editor, "{}");
                if (OWNER_ONLY.stream().anyMatch(endpoint.pattern()::startsWith)) {
                    expect(wrong, what + "editor", byEditor, 403, "forbidden");
                } else {
                    letThrough(wrong, what + "editor", byEditor);
                }
            }
        }
        if (forAdministrators) {
            expect(wrong, what + "non-administrator", send(method, path, stranger, "{}"), 403, "forbidden");
        }
        if (!reading) {
            expect(wrong, what + "READ token", send(method, path, ownerReadOnly, "{}"), 403, "forbidden");
        }
        if (!reading && endpoint.pattern().startsWith("/api/me/")) {
            expect(wrong, what + "a WRITE token", send(method, path, owner, "{}"), 403, "forbidden");
            letThrough(wrong, what + "the password", send(method, path, null, "{}", strangersPassword));
            return;
        }
        letThrough(wrong, what + "owner", send(method, path, owner, "{}"));
    }

    private static void expect(List<String> wrong, String who, HttpResponse<String> answer, int status, String code)
            throws Exception {
        if (answer.statusCode() != status) {
            wrong.add(who + " got " + answer.statusCode() + " instead of " + status + ": " + answer.body());
        } else if (code != null && !code.equals(JSON.readTree(answer.body()).path("code").asText())) {
            wrong.add(who + " got code " + JSON.readTree(answer.body()).path("code") + " instead of " + code);
        }
    }

    /** Not refused for who is asking: whatever else the endpoint says of a request with made-up values. */
    private static void letThrough(List<String> wrong, String who, HttpResponse<String> answer) throws Exception {
        int status = answer.statusCode();
        String code = status >= 400 && answer.body().startsWith("{")
                ? JSON.readTree(answer.body()).path("code").asText() : "";
        if (status == 401 || status == 403 || status == 429 || code.equals("unknown-ledger") || status >= 500) {
            wrong.add(who + " was refused: " + status + " " + answer.body());
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (pattern.equals("/error")) {
                        continue; // where Tomcat forwards errors; a direct request is answered 404 by design
                    }
                    // A mapping told apart by a parameter's value (a restore, beside the imports) is one of its own.
                    String query = info.getParamsCondition().getExpressions().stream()
                                       .filter(expression -> !expression.isNegated() && expression.getValue() != null)
                                       .map(expression -> expression.getName() + "=" + expression.getValue())
                                       .sorted().collect(Collectors.joining("&"));
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        endpoints.add(new Endpoint(method, pattern, query));
                    }
                }
            }
        }
        return endpoints;
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String basic)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .header("Accept", "application/json")
                                                 .method(method, READING.contains(RequestMethod.valueOf(method))
                                                         ? HttpRequest.BodyPublishers.noBody()
                                                         : HttpRequest.BodyPublishers.ofString(body));
        if (!READING.contains(RequestMethod.valueOf(method))) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (basic != null) {
            request.header("Authorization", "Basic " + basic);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A mapping, and a path that reaches it: the test's ledger for {ledgerId}, a made-up value for anything else. */
    /** @param query what the mapping requires of the query ({@code format=goodwill}), or empty */
    record Endpoint(RequestMethod method, String pattern, String query) {

        String concretePath(String ledgerId) {
            String path = pattern.replace("{ledgerId}", ledgerId).replace("/**", "/x");
            return path.replaceAll("\\{\\*?[^}]+}", "x") + (query.isEmpty() ? "" : "?" + query);
        }
    }
}
