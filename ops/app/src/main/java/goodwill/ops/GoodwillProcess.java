package goodwill.ops;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * {@code goodwill <arguments>} in a JVM of its own, as a shell starts it, its output appended to a log file: how the
 * cluster bench and the cluster tests start a {@code goodwill db} and the sides. From the built jar it runs the jar;
 * from classes (the tests), the same class path and {@link GoodwillApp}.
 */
public final class GoodwillProcess {

    private GoodwillProcess() {
    }

    public static Process start(Path log, Map<String, String> environment, List<String> arguments) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(arguments)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** A loopback port free now, for a process to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whether a process's log file holds the text yet. */
    public static boolean says(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> command(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                                                           .toString()));
        String classPath = System.getProperty("java.class.path");
        if (isTheBuiltJar(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, GoodwillApp.class.getName()));
        }
        command.addAll(arguments);
        return command;
    }

    /** Whether the class path is Goodwill's executable jar (a test's may be a jar too: one that only lists others). */
    private static boolean isTheBuiltJar(String classPath) throws IOException {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
        }
    }
}
