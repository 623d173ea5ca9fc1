package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files under {@code ops/deploy}, which no container engine here can run: the Compose file parses, runs
 * a three-member replica set, two processes of each side on it with the settings the README documents, and nginx in
 * front; nginx's configuration sends recordings to the command side and the rest to the query side; every image they
 * name is one the README names.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Path README = Path.of("..", "..", "README.md");

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileRunsAReplicaSetTwoProcessesOfEachSideAndTheSplitInFront() throws IOException {
        Map<String, Object> compose = new Yaml(new LoaderOptions())
                .load(Files.readString(DEPLOY.resolve("compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        for (String member : List.of("mongo-1", "mongo-2", "mongo-3")) {
            assertThat((List<String>) services.get(member).get("command")).as(member).contains("--replSet", "rs0");
        }
        for (String side : List.of("command", "query")) {
            for (String node : List.of(side + "-1", side + "-2")) {
                Map<String, Object> service = services.get(node);
                assertThat((List<String>) service.get("command")).as(node).contains("serve", "--side=" + side);
                Map<String, String> environment = (Map<String, String>) service.get("environment");
                assertThat(environment.get("MONGODB_URI")).as(node)
                        .contains("mongo-1:27017,mongo-2:27017,mongo-3:27017", "replicaSet=rs0", "w=majority",
                                  "readConcernLevel=majority");
                assertThat(environment).as(node).containsKeys("GOODWILL_MASTER_KEY", "GOODWILL_ADMIN_PASSWORD");
            }
        }
        assertThat((List<String>) services.get("query-1").get("command")).contains("--goodwill.processors.segments=4");
        assertThat((List<String>) services.get("nginx").get("volumes"))
                .contains("./nginx.conf:/etc/nginx/nginx.conf:ro");

        String readme = Files.readString(README);
        for (String image : imagesOf(services)) {
            assertThat(readme).as("the README names the image %s", image).contains(image);
        }
        for (String setting : List.of("MONGODB_URI", "GOODWILL_MASTER_KEY", "GOODWILL_ADMIN_PASSWORD", "--side",
                                      "goodwill.processors.segments")) {
            assertThat(readme).as("the README documents %s", setting).contains(setting);
        }
        assertThat(readme).contains("not run in CI");
    }

    @Test
    void nginxSendsRecordingsToTheCommandSideAndEverythingElseToTheQuerySide() throws IOException {
        String nginx = Files.readString(DEPLOY.resolve("nginx.conf"));

        assertThat(nginx.chars().filter(c -> c == '{').count()).as("braces").isEqualTo(
                nginx.chars().filter(c -> c == '}').count());
        assertThat(block(nginx, "upstream command_side")).contains("server command-1:8080;", "server command-2:8080;");
        assertThat(block(nginx, "upstream query_side")).contains("server query-1:8080;", "server query-2:8080;");
        assertThat(block(nginx, "map $request_method $ledger_side")).contains("POST    command_side;",
                                                                              "default query_side;");
        assertThat(block(nginx, "location /api/ledgers")).contains("proxy_pass http://$ledger_side;");
        assertThat(block(nginx, "location /")).contains("proxy_pass http://query_side;");
    }

    /** What the first block opened by the header holds, up to its closing brace. */
    private static String block(String text, String header) {
        int start = text.indexOf(header + " {");
        assertThat(start).as("a block '%s'", header).isNotNegative();
        int depth = 0;
        for (int i = text.indexOf('{', start); i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return text.substring(start, i + 1);
            }
        }
        throw new AssertionError("The block '" + header + "' is not closed");
    }

    @SuppressWarnings("unchecked")
    private static List<String> imagesOf(Map<String, Map<String, Object>> services) {
        List<String> images = new ArrayList<>();
        services.values().forEach(service -> images.add((String) service.get("image")));
        Matcher versions = Pattern.compile("[a-z-]+:[0-9][0-9.a-z-]*").matcher(String.join(" ", images));
        List<String> named = new ArrayList<>();
        while (versions.find()) {
            named.add(versions.group());
        }
        assertThat(named).as("every image with its version").hasSameSizeAs(images);
        return named.stream().distinct().toList();
    }
}
