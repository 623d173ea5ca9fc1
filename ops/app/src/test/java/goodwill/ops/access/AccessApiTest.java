package goodwill.ops.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import goodwill.access.AccessCollections;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.ops.AppTest;
import goodwill.storage.StorageCollections;
import goodwill.storage.StorageProperties;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Accounts, tokens, sign-in and membership end to end, over HTTP as a client and a browser would use them; what
 * each request may reach is the {@link AuthorizationMatrixTest}'s.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class AccessApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;
    @Autowired
    MongoDatabase database;
    @Autowired
    StorageProperties storage;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer, read. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                          .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }
    }

    private Answer send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                                         : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    private Answer as(String token, String method, String path, String body) throws Exception {
        return send(method, path, body, Map.of("Authorization", "Bearer " + token));
    }

    private static Map<String, String> basic(String username, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static String unique(String name) {
        return name + "-" + Long.toString(System.nanoTime(), 36);
    }

    private String admin() {
        return TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR);
    }

    @Test
    void theFirstAdministratorSignsInWithThePasswordInTheDataDirectoryReadableByTheAppsUserOnly() throws Exception {
        Path file = storage.dataDirectory().resolve("initial-admin-password");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Answer me = send("GET", "/api/me", null, basic(Accounts.FIRST_ADMINISTRATOR, Files.readString(file).strip()));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("administrator").asBoolean()).isTrue();
    }

    @Test
    void theAdministratorCreatesAccountsThatSignInAndAreListedWithoutTheirPasswords() throws Exception {
        String username = unique("ana");

        Answer created = as(admin(), "POST", "/api/users", """
                {"username": "%s", "password": "correct horse battery"}""".formatted(username));
        Answer again = as(admin(), "POST", "/api/users", """
                {"username": "%s", "password": "another good password"}""".formatted(username));
        Answer listed = as(admin(), "GET", "/api/users", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/users/" + username);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("username-taken");
        assertThat(listed.json().findValuesAsText("username")).contains(username, Accounts.FIRST_ADMINISTRATOR);
        assertThat(listed.body()).doesNotContainIgnoringCase("password").doesNotContain("bcrypt");
        assertThat(send("GET", "/api/me", null, basic(username, "correct horse battery")).status()).isEqualTo(200);
    }

    @Test
    void aUsernameOrPasswordOutsideTheRulesIsNamedAndNoAccountIsMade() throws Exception {
        for (String body : List.of("{\"username\": \"Ana Lopez\", \"password\": \"correct horse battery\"}",
                                   "{\"username\": \"al\", \"password\": \"correct horse battery\"}",
                                   "{\"username\": \"ana-short\", \"password\": \"short\"}",
                                   "{\"username\": \"ana-long\", \"password\": \"" + "é".repeat(37) + "\"}",
                                   "{\"username\": \"ana-none\"}")) {
            Answer refused = as(admin(), "POST", "/api/users", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.code()).as(body).isEqualTo("invalid-request");
        }
        assertThat(as(admin(), "GET", "/api/users", null).body()).doesNotContain("ana-short", "ana-long", "ana-none");
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRevokedForGood() throws Exception {
        String username = unique("tok");
        TestCallers.newUser(context, username);
        Map<String, String> password = basic(username, TestCallers.passwordOf(username));

        Answer made = send("POST", "/api/me/tokens", """
                {"name": "laptop", "expiresInDays": 30, "scope": "WRITE"}""", password);
        String token = made.json().path("token").asText();
        Answer me = as(token, "GET", "/api/me", null);
        Answer listed = send("GET", "/api/me/tokens", null, password);
        Answer revoked = send("POST", "/api/me/tokens/" + made.json().path("tokenId").asText() + "/revocation", null, password);
        Answer afterwards = as(token, "GET", "/api/me", null);

        assertThat(made.status()).isEqualTo(201);
        assertThat(token).startsWith("gw_");
        assertThat(me.json().path("username").asText()).isEqualTo(username);
        assertThat(listed.json()).filteredOn(t -> t.path("name").asText().equals("laptop")).singleElement()
                                 .satisfies(t -> assertThat(t.path("lastUsedAt").isNull()).isFalse());
        assertThat(listed.body()).doesNotContain(token);
        assertThat(revoked.json().path("revokedAt").isNull()).isFalse();
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.code()).isEqualTo("unauthenticated");
    }

    @Test
    void anExpiredTokenAuthenticatesNothing() throws Exception {
        String username = unique("expiring");
        TestCallers.newUser(context, username);
        Answer made = send("POST", "/api/me/tokens", "{\"name\": \"short\", \"expiresInDays\": 1, \"scope\": \"READ\"}",
                           basic(username, TestCallers.passwordOf(username)));
        String token = made.json().path("token").asText();
        assertThat(as(token, "GET", "/api/me", null).status()).isEqualTo(200);

        // A day later, as far as the token is concerned.
        database.getCollection(AccessCollections.ACCESS_TOKENS).updateOne(
                new Document("_id", made.json().path("tokenId").asText()),
                new Document("$set", new Document("expiresAt", java.util.Date.from(java.time.Instant.now().minusSeconds(1)))));

        Answer expired = as(token, "GET", "/api/me", null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("detail").asText()).contains("expired");
    }

    @Test
    void aTokenRequestOutsideItsLimitsIsNamed() throws Exception {
        String username = unique("lim");
        TestCallers.newUser(context, username);
        Map<String, String> password = basic(username, TestCallers.passwordOf(username));

        for (String body : List.of("{\"name\": \"x\", \"expiresInDays\": 0, \"scope\": \"READ\"}",
                                   "{\"name\": \"x\", \"expiresInDays\": 400, \"scope\": \"READ\"}",
                                   "{\"name\": \"x\", \"expiresInDays\": 3, \"scope\": \"ADMIN\"}",
                                   "{\"name\": \" \", \"expiresInDays\": 3, \"scope\": \"READ\"}")) {
            Answer refused = send("POST", "/api/me/tokens", body, password);
            assertThat(refused.status()).as(body).isEqualTo(400);
        }
        assertThat(send("GET", "/api/me/tokens", null, password).json().findValuesAsText("name")).doesNotContain("x", " ");
    }

    @Test
    void aReadTokenReadsAndRecordsNothing() throws Exception {
        String username = unique("reader");
        TestCallers.newUser(context, username);
        String writer = TestCallers.tokenOf(context, username);
        String ledgerId = as(writer, "POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}").json().path("ledgerId").asText();
        String reader = send("POST", "/api/me/tokens", "{\"name\": \"r\", \"expiresInDays\": 1, \"scope\": \"READ\"}",
                             basic(username, TestCallers.passwordOf(username))).json().path("token").asText();
        long before = eventsOf(ledgerId);

        Answer read = as(reader, "GET", "/api/ledgers/" + ledgerId + "/journal", null);
        Answer write = as(reader, "POST", "/api/ledgers/" + ledgerId + "/contacts", "{\"displayName\": \"Bo\"}");

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("forbidden");
        assertThat(eventsOf(ledgerId)).isEqualTo(before);
    }

    @Test
    void afterTenWrongPasswordsAUsernameWaitsWhetherOrNotItHasAnAccount() throws Exception {
        String username = unique("guessed");
        TestCallers.newUser(context, username);
        String nobody = unique("nobody");

        for (String name : List.of(username, nobody)) {
            for (int i = 0; i < 10; i++) {
                assertThat(send("GET", "/api/me", null, basic(name, "not the password")).status()).isEqualTo(401);
            }
        }
        Answer right = send("GET", "/api/me", null, basic(username, TestCallers.passwordOf(username)));
        Answer unknown = send("GET", "/api/me", null, basic(nobody, "not the password"));

        for (Answer waiting : List.of(right, unknown)) {
            assertThat(waiting.status()).isEqualTo(429);
            assertThat(waiting.code()).isEqualTo("too-many-attempts");
            assertThat(Integer.parseInt(waiting.header("Retry-After"))).isBetween(1, 301);
        }
        assertThat(right.json().path("detail").asText().replaceAll("\\d+", "N"))
                .isEqualTo(unknown.json().path("detail").asText().replaceAll("\\d+", "N"));
        assertThat(as(TestCallers.tokenOf(context, username), "GET", "/api/me", null).status())
                .as("a token is no sign-in: it still works").isEqualTo(200);
    }

    @Test
    void aPasswordChangesOnlyWithTheCurrentOneAndWithinTheRules() throws Exception {
        String username = unique("changer");
        TestCallers.newUser(context, username);
        Map<String, String> old = basic(username, TestCallers.passwordOf(username));

        Answer wrongCurrent = send("POST", "/api/me/password", """
                {"currentPassword": "not it at all", "newPassword": "a brand new password"}""", old);
        Answer tooShort = send("POST", "/api/me/password", """
                {"currentPassword": "%s", "newPassword": "short"}""".formatted(TestCallers.passwordOf(username)), old);
        Answer byToken = as(TestCallers.tokenOf(context, username), "POST", "/api/me/password", """
                {"currentPassword": "%s", "newPassword": "a brand new password"}""".formatted(TestCallers.passwordOf(username)));
        Answer changed = send("POST", "/api/me/password", """
                {"currentPassword": "%s", "newPassword": "a brand new password"}""".formatted(TestCallers.passwordOf(username)), old);

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.code()).isEqualTo("wrong-password");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("errors").get(0).path("field").asText()).isEqualTo("newPassword");
        assertThat(byToken.status()).isEqualTo(403);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(send("GET", "/api/me", null, old).status()).isEqualTo(401);
        assertThat(send("GET", "/api/me", null, basic(username, "a brand new password")).status()).isEqualTo(200);
    }

    @Test
    void twoPeoplesLedgersNeverShowInEachOthersListsJournalsReportsOrCsv() throws Exception {
        String ana = TestCallers.newUser(context, unique("ana"));
        String bo = TestCallers.newUser(context, unique("bo"));
        String anasLedger = ledgerWithAContact(ana, "Ana Lopez", "Carmen Secret");
        String bosLedger = ledgerWithAContact(bo, "Bo Chen", "Dmitri Private");

        for (String path : List.of("/api/ledgers", "/api/me")) {
            assertThat(as(ana, "GET", path, null).body()).contains(anasLedger).doesNotContain(bosLedger);
            assertThat(as(bo, "GET", path, null).body()).contains(bosLedger).doesNotContain(anasLedger);
        }
        for (String view : List.of("/journal", "/contacts", "/reports/as-of", "/reciprocity", "/members")) {
            Answer own = as(ana, "GET", "/api/ledgers/" + anasLedger + view, null);
            Answer others = as(ana, "GET", "/api/ledgers/" + bosLedger + view, null);
            assertThat(own.status()).as(view).isEqualTo(200);
            assertThat(own.body()).as(view).doesNotContain("Dmitri", "Bo Chen", bosLedger);
            assertThat(others.status()).as(view).isEqualTo(404);
            assertThat(others.code()).as(view).isEqualTo("unknown-ledger");
            assertThat(others.body()).doesNotContain("Dmitri", "Bo Chen");
        }
        Answer csv = send("GET", "/api/ledgers/" + bosLedger + "/contacts", null,
                          Map.of("Authorization", "Bearer " + ana, "Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.body()).doesNotContain("Dmitri");
        Answer unknown = as(ana, "GET", "/api/ledgers/no-such-ledger/journal", null);
        Answer othersJournal = as(ana, "GET", "/api/ledgers/" + bosLedger + "/journal", null);
        assertThat(othersJournal.json().path("detail").asText().replace(bosLedger, "?"))
                .as("a stranger's ledger is answered as one that does not exist")
                .isEqualTo(unknown.json().path("detail").asText().replace("no-such-ledger", "?"));
    }

    @Test
    void aMembershipChangeOutsideTheRulesIsRefusedInWordsAndRecordsNothing() throws Exception {
        String ownerName = unique("keeper");
        String owner = TestCallers.newUser(context, ownerName);
        String guest = unique("member");
        TestCallers.newUser(context, guest);
        String ledgerId = as(owner, "POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}").json().path("ledgerId").asText();
        String members = "/api/ledgers/" + ledgerId + "/members";
        as(owner, "POST", members, "{\"username\": \"" + guest + "\", \"role\": \"VIEWER\"}");
        long before = eventsOf(ledgerId);

        Map<String, Answer> refused = new LinkedHashMap<>();
        refused.put("400 invalid-request", as(owner, "POST", members, "{\"username\": \"Not A Username\", \"role\": \"VIEWER\"}"));
        refused.put("400 invalid-request ", as(owner, "POST", members, "{\"username\": \"" + guest + "\"}"));
        refused.put("400 invalid-request  ", as(owner, "POST", members, "{\"username\": \"" + guest + "\", \"role\": \"BOSS\"}"));
        refused.put("422 unknown-user", as(owner, "POST", members, "{\"username\": \"nobody-at-all\", \"role\": \"VIEWER\"}"));
        refused.put("409 already-member", as(owner, "POST", members, "{\"username\": \"" + guest + "\", \"role\": \"EDITOR\"}"));
        refused.put("409 last-owner", as(owner, "POST", members + "/" + ownerName + "/removal", null));
        refused.put("409 last-owner ", as(owner, "POST", members + "/" + ownerName + "/role", "{\"role\": \"VIEWER\"}"));
        refused.put("404 unknown-member", as(owner, "POST", members + "/nobody-at-all/role", "{\"role\": \"VIEWER\"}"));

        refused.forEach((expected, answer) -> {
            assertThat(answer.status() + " " + answer.code()).as(answer.body()).isEqualTo(expected.strip());
            assertThat(answer.json().path("detail").asText()).isNotBlank();
        });
        assertThat(eventsOf(ledgerId)).isEqualTo(before);
    }

    @Test
    void theTimelineShowsWhoWasGivenAccessByWhom() throws Exception {
        String owner = TestCallers.newUser(context, unique("owner"));
        String guest = unique("guest");
        TestCallers.newUser(context, guest);
        String ledgerId = as(owner, "POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}").json().path("ledgerId").asText();

        as(owner, "POST", "/api/ledgers/" + ledgerId + "/members", "{\"username\": \"" + guest + "\", \"role\": \"VIEWER\"}");
        as(owner, "POST", "/api/ledgers/" + ledgerId + "/members/" + guest + "/role", "{\"role\": \"EDITOR\"}");
        Answer members = as(owner, "GET", "/api/ledgers/" + ledgerId + "/members", null);
        as(owner, "POST", "/api/ledgers/" + ledgerId + "/members/" + guest + "/removal", null);

        assertThat(members.json().findValuesAsText("username")).hasSize(2).contains(guest);
        assertThat(as(TestCallers.tokenOf(context, guest), "GET", "/api/ledgers/" + ledgerId + "/journal", null).status())
                .as("removed, the guest reads nothing more").isEqualTo(404);
        JsonNode journal = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> as(owner, "GET", "/api/ledgers/" + ledgerId + "/journal", null).json(),
                page -> page.path("entries").size() == 5);
        List<String> types = journal.path("entries").findValuesAsText("type");
        assertThat(types).containsExactly("MemberRemoved", "MemberRoleChanged", "MemberAdded", "MemberAdded",
                                          "LedgerOpened");
        assertThat(journal.path("entries").get(0).path("recordedBy").asText()).startsWith("owner-");
    }

    @Test
    void membershipIsWrittenWithTheCommandThatRecordsItNeverSetAsideForLater() {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);

        assertThat(processing.eventProcessor("memberships")).containsInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.deadLetterQueue("memberships")).as("a failure fails the command instead").isEmpty();
        assertThat(processing.deadLetterQueue("journal")).as("as a read model's does").isPresent();
    }

    @Test
    void everyAnswerSaysNosniffAndSameOriginReferrerAndThePagesAllowOnlyTheAppsOwnScripts() throws Exception {
        Answer api = as(admin(), "GET", "/api/me", null);
        Answer page = send("GET", "/login.html", null, Map.of());
        Answer refused = send("GET", "/api/me", null, Map.of());

        for (Answer answer : List.of(api, page, refused)) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
                                                           .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(refused.header("WWW-Authenticate")).contains("Basic", "Bearer");
    }

    @Test
    void noChangeComesThroughFromAnotherSiteWhateverItsCredentials() throws Exception {
        String ledgerId = as(admin(), "POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}").json().path("ledgerId").asText();
        long before = eventsOf(ledgerId);
        String contact = "{\"displayName\": \"Bo\"}";
        String path = "/api/ledgers/" + ledgerId + "/contacts";

        Answer crossSite = send("POST", path, contact, Map.of("Authorization", "Bearer " + admin(),
                                                               "Sec-Fetch-Site", "cross-site"));
        Answer foreignOrigin = send("POST", path, contact, Map.of("Authorization", "Bearer " + admin(),
                                                                   "Origin", "https://evil.example"));
        Answer replay = send("POST", "/api/admin/processors/journal/replay", null,
                             Map.of("Authorization", "Bearer " + admin(), "Sec-Fetch-Site", "cross-site",
                                    "Content-Type", "application/x-www-form-urlencoded"));
        Answer sameOrigin = send("POST", path, contact, Map.of("Authorization", "Bearer " + admin(),
                                                                "Sec-Fetch-Site", "same-origin"));

        for (Answer refused : List.of(crossSite, foreignOrigin, replay)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("forbidden");
        }
        assertThat(sameOrigin.status()).isEqualTo(201);
        assertThat(eventsOf(ledgerId)).isEqualTo(before + 1);
    }

    @Test
    void aSignedInPageChangesNothingWithoutItsCsrfTokenAndItsSessionCookieStaysOnSite() throws Exception {
        String username = unique("browser");
        TestCallers.newUser(context, username);
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(cookies, send("GET", "/login.html", null, Map.of()));

        Answer signedIn = send("POST", "/login", "username=" + username + "&password="
                                       + URLEncoder.encode(TestCallers.passwordOf(username), StandardCharsets.UTF_8),
                               Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookieHeader(cookies),
                                      "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")));
        List<String> setCookies = signedIn.headers().getOrDefault("set-cookie", List.of());
        remember(cookies, signedIn);
        remember(cookies, send("GET", "/index.html", null, Map.of("Cookie", cookieHeader(cookies)))); // a new CSRF token
        Answer withoutToken = send("POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}", Map.of("Cookie", cookieHeader(cookies)));
        Answer withToken = send("POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}",
                                Map.of("Cookie", cookieHeader(cookies), "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")));
        Answer page = send("GET", "/index.html", null, Map.of("Cookie", cookieHeader(cookies)));
        Answer signedOut = send("POST", "/logout", null, Map.of("Cookie", cookieHeader(cookies),
                                                                 "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")));
        Answer afterwards = send("GET", "/index.html", null, Map.of("Cookie", cookieHeader(cookies)));

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(setCookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                                                                     .contains("HttpOnly", "SameSite=Lax"));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withToken.status()).isEqualTo(201);
        assertThat(page.status()).isEqualTo(200);
        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(afterwards.status()).isEqualTo(302);
        assertThat(afterwards.header("Location")).contains("/login.html?next=%2Findex.html");
    }

    @Test
    void aWrongSignInOnThePageIsRefusedInWords() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(cookies, send("GET", "/login.html", null, Map.of()));

        Answer refused = send("POST", "/login", "username=admin&password=wrong-wrong-wrong",
                              Map.of("Content-Type", "application/x-www-form-urlencoded",
                                     "Cookie", cookieHeader(cookies), "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("unauthenticated");
    }

    @Test
    void noPasswordHashOrTokenReachesAnEventOrTheLog(CapturedOutput log) throws Exception {
        String username = unique("secret");
        TestCallers.newUser(context, username);
        Map<String, String> password = basic(username, TestCallers.passwordOf(username));
        String token = send("POST", "/api/me/tokens", "{\"name\": \"s\", \"expiresInDays\": 1, \"scope\": \"WRITE\"}",
                            password).json().path("token").asText();
        String ledgerId = as(token, "POST", "/api/ledgers", "{\"ownerName\": \"Ana\"}").json().path("ledgerId").asText();
        as(token, "POST", "/api/ledgers/" + ledgerId + "/contacts", "{\"displayName\": \"Bo\"}");
        send("POST", "/api/me/password", """
                {"currentPassword": "%s", "newPassword": "the next long password"}""".formatted(
                TestCallers.passwordOf(username)), password);

        StringBuilder events = new StringBuilder();
        for (Document commit : database.getCollection(StorageCollections.EVENTS).find()) {
            events.append(commit.toJson());
        }
        String hash = database.getCollection(AccessCollections.ACCOUNTS).find(new Document("_id", username)).first()
                              .getString("passwordHash");
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(events.toString()).doesNotContain(token, hash, "{bcrypt}", TestCallers.passwordOf(username),
                                                     "the next long password");
        assertThat(log.getAll()).doesNotContain(token, hash, TestCallers.passwordOf(username), "the next long password");
    }

    private String ledgerWithAContact(String token, String owner, String contact) throws Exception {
        String ledgerId = as(token, "POST", "/api/ledgers", "{\"ownerName\": \"" + owner + "\"}").json()
                                .path("ledgerId").asText();
        as(token, "POST", "/api/ledgers/" + ledgerId + "/contacts", "{\"displayName\": \"" + contact + "\"}");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> as(token, "GET", "/api/ledgers/" + ledgerId + "/contacts", null).body().contains(contact));
        return ledgerId;
    }

    private long eventsOf(String ledgerId) {
        long count = 0;
        for (Document commit : database.getCollection(StorageCollections.EVENTS).find(new Document("ledgerId", ledgerId))) {
            count += commit.getList("events", Document.class).size();
        }
        return count;
    }

    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private static void remember(Map<String, String> cookies, Answer answer) {
        for (String cookie : answer.headers().getOrDefault("set-cookie", new ArrayList<>())) {
            Matcher pair = COOKIE.matcher(cookie);
            if (pair.find()) {
                if (pair.group(2).isEmpty()) {
                    cookies.remove(pair.group(1));
                } else {
                    cookies.put(pair.group(1), pair.group(2));
                }
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
    }
}
