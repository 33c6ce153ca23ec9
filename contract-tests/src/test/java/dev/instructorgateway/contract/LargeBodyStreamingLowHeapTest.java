package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.instructorgateway.gateway.InstructorGatewayApplication;
import dev.instructorgateway.standin.DemoTokens;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A 50 MB download and a 50 MB upload pass through the gateway in a JVM whose heap and direct memory are too
 * small to hold either body (the build runs this class alone with {@code -Xmx128m} and 64 MB of direct memory),
 * so the test fails if the gateway ever buffers a pass-through body.
 */
@SpringBootTest(
        classes = InstructorGatewayApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
class LargeBodyStreamingLowHeapTest {

    private static final int CHUNK_SIZE = 64 * 1024;
    private static final int CHUNKS = 800;
    private static final long SIZE = (long) CHUNK_SIZE * CHUNKS;
    private static final byte[] CHUNK = pattern();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static final AtomicLong uploadedBytes = new AtomicLong();
    private static DisposableServer lms;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStreamingLms() {
        lms = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.get(
                                "/media/reports/grades.csv",
                                (request, response) -> response.header("Content-Type", "text/csv")
                                        .header("Content-Length", Long.toString(SIZE))
                                        .send(Flux.range(0, CHUNKS).map(i -> (ByteBuf) Unpooled.wrappedBuffer(CHUNK))))
                        .post(
                                "/api/uploads",
                                (request, response) -> request.receive()
                                        .doOnNext(buffer -> uploadedBytes.addAndGet(buffer.readableBytes()))
                                        .then(Mono.defer(
                                                () -> response.sendString(Mono.just(Long.toString(uploadedBytes.get())))
                                                        .then()))))
                .bindNow();
    }

    @AfterAll
    static void stopLms() {
        lms.disposeNow();
    }

    @DynamicPropertySource
    static void pointAtStreamingLms(DynamicPropertyRegistry registry) {
        Supplier<Object> url = () -> "http://127.0.0.1:" + lms.port();
        registry.add("gateway.lms.base-url", url);
        registry.add("gateway.lms.studio-base-url", url);
        registry.add("gateway.jwt.jwks", () -> DemoTokens.generate("streaming").publicJwks());
    }

    @Test
    void fiftyMegabyteDownloadStreamsThroughUnchanged() throws Exception {
        assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax())
                .as("this class must run in the low-heap execution")
                .isLessThanOrEqualTo(160L * 1024 * 1024);
        HttpRequest request = HttpRequest.newBuilder(gateway("/media/reports/grades.csv"))
                .timeout(Duration.ofMinutes(2))
                .build();

        MessageDigest received = MessageDigest.getInstance("SHA-256");
        AtomicLong count = new AtomicLong();

        int status = assertTimeoutPreemptively(DEADLINE, () -> {
            HttpResponse<InputStream> answer = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                byte[] buffer = new byte[32 * 1024];
                for (int read; (read = body.read(buffer)) > 0; ) {
                    received.update(buffer, 0, read);
                    count.addAndGet(read);
                }
            }
            return answer.statusCode();
        });

        assertThat(status).isEqualTo(200);
        assertThat(count).hasValue(SIZE);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expectedDigest());
    }

    @Test
    void fiftyMegabyteUploadStreamsThroughUnchanged() throws Exception {
        uploadedBytes.set(0);
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/uploads"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatingStream(CHUNK, CHUNKS)))
                .build();

        HttpResponse<String> answer =
                assertTimeoutPreemptively(DEADLINE, () -> client().send(request, HttpResponse.BodyHandlers.ofString()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Long.toString(SIZE));
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static String expectedDigest() throws Exception {
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < CHUNKS; i++) {
            expected.update(CHUNK);
        }
        return HexFormat.of().formatHex(expected.digest());
    }

    private static byte[] pattern() {
        byte[] chunk = new byte[CHUNK_SIZE];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) ((i % 26) + 'a');
        }
        return chunk;
    }

    /** The same chunk, {@code times} times over, without holding more than one chunk. */
    private static final class RepeatingStream extends InputStream {

        private final byte[] chunk;
        private long remaining;
        private int position;

        RepeatingStream(byte[] chunk, int times) {
            this.chunk = chunk;
            this.remaining = (long) chunk.length * times;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(length, chunk.length - position), remaining);
            System.arraycopy(chunk, position, target, offset, n);
            position = (position + n) % chunk.length;
            remaining -= n;
            return n;
        }
    }
}
