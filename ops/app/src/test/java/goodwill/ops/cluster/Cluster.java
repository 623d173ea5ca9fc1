package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import goodwill.ops.GoodwillProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The database of a cluster test and the Goodwill processes on it: a {@code goodwill db} of the test's own, or,
 * when {@code MONGODB_URI} is set, a database of the test's own on that MongoDB (dropped afterwards). Every
 * process shares one master key and the administrator's password; requests sign in as the administrator.
 */
final class Cluster implements AutoCloseable {

    static final String PASSWORD = "cluster-admin-password";

    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path data;
    private final ChildProcess db;
    private final String uri;
    private final String database;
    private final String masterKey = masterKey();
    private final List<Side> sides = new ArrayList<>();
    private final MongoClient client;

    private Cluster(Path data, ChildProcess db, String uri, String database) {
        this.data = data;
        this.db = db;
        this.uri = uri;
        this.database = database;
        this.client = MongoClients.create(uri);
    }

    static Cluster start(Path data) throws IOException {
        String real = System.getenv("MONGODB_URI");
        if (real != null && !real.isBlank()) {
            return new Cluster(data, null, real, "goodwill_cluster_" + UUID.randomUUID().toString().substring(0, 8));
        }
        int port = GoodwillProcess.freePort();
        Path log = data.resolve("db.log");
        ChildProcess db = ChildProcess.start(log, Map.of(), () -> GoodwillProcess.says(log, "database is up"),
                                             "db", "--port=" + port, "--data-directory=" + data.resolve("db"));
        return new Cluster(data, db, "mongodb://127.0.0.1:" + port, "goodwill");
    }

    /** The database the processes share, as the test reads it. */
    MongoDatabase mongo() {
        return mongo(database);
    }

    /** Another database on the same server. */
    MongoDatabase mongo(String name) {
        return client.getDatabase(name);
    }

    String databaseName() {
        return database;
    }

    /** The name of a second database on the server, for a process apart from the cluster; dropped afterwards. */
    String apart() {
        return database + "_apart";
    }

    /** {@code goodwill serve --side …} on the cluster's database; stopped when the cluster is. */
    Side side(String name, String side, String... more) throws Exception {
        return sideOn(database, name, side, more);
    }

    /** {@code goodwill serve --side …} on a database of the server. */
    Side sideOn(String databaseName, String name, String side, String... more) throws Exception {
        int port = GoodwillProcess.freePort();
        String url = "http://127.0.0.1:" + port;
        List<String> arguments = new ArrayList<>(List.of(
                "serve", "--side=" + side, "--server.port=" + port, "--goodwill.mongodb.database=" + databaseName,
                "--goodwill.mongodb.data-directory=" + data.resolve(name), "--goodwill.admin.password=" + PASSWORD));
        arguments.addAll(List.of(more));
        ChildProcess process = ChildProcess.start(
                data.resolve(name + ".log"), Map.of("MONGODB_URI", uri, "GOODWILL_MASTER_KEY", masterKey),
                () -> get(url + "/actuator/health").statusCode() == 200, arguments.toArray(String[]::new));
        Side started = new Side(name, process, url);
        synchronized (sides) {
            sides.add(started);
        }
        return started;
    }

    /** A process of the cluster and where it answers. */
    record Side(String name, ChildProcess process, String url) implements AutoCloseable {

        long pid() {
            return process.process().pid();
        }

        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }

    JsonNode post(String url, Map<String, Object> body, int status) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        assertThat(answer.statusCode()).as("POST %s: %s", url, answer.body()).isEqualTo(status);
        return json.readTree(answer.body());
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    JsonNode getJson(String url) throws IOException {
        return json.readTree(get(url).body());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            String credentials = Base64.getEncoder()
                                       .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return http.send(request.header("Authorization", "Basic " + credentials).build(),
                             HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = sides.size() - 1; i >= 0; i--) {
            sides.get(i).close();
        }
        if (db == null) {
            client.getDatabase(database).drop();
            client.getDatabase(apart()).drop();
        } else {
            db.close();
        }
        client.close();
    }

    private static String masterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
