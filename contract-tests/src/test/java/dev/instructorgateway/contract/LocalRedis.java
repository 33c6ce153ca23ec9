package dev.instructorgateway.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A real Redis server on a free loopback port, started once per test JVM and stopped with it. It runs the
 * {@code redis-server} from the system's packages ({@code .ci/run} installs it), keeps nothing on disk, and
 * listens on 127.0.0.1 only.
 */
final class LocalRedis {

    private static LocalRedis instance;

    private final Process process;
    private final int port;

    private LocalRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized LocalRedis get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.process::destroy));
        }
        return instance;
    }

    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    private static LocalRedis start() {
        int port = freePort();
        ProcessBuilder command = new ProcessBuilder(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true);
        Process process;
        try {
            process = command.start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "redis-server is not installed; .ci/run installs it (apt-get install redis-server)", e);
        }

        awaitReady(process, Duration.ofSeconds(10));
        return new LocalRedis(process, port);
    }

    private static void awaitReady(Process process, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        try {
            String line;
            while (Instant.now().isBefore(deadline) && (line = output.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.contains("Ready to accept connections")) {
                    Thread drain = new Thread(() -> output.lines().forEach(ignored -> {}), "redis-output");
                    drain.setDaemon(true);
                    drain.start();
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process.destroyForcibly();
        throw new IllegalStateException("redis-server did not become ready:\n" + seen);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
