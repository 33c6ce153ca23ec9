package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.gateway.InstructorGatewayApplication;
import dev.instructorgateway.standin.DemoTokens;
import dev.instructorgateway.standin.StandInLms;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The gateway on a random port in front of the stand-in LMS, keys left to the subclass. Requests go out with the JDK
 * client, which sends a URI's raw path and query exactly as written, so tests control every byte of the request line.
 */
@SpringBootTest(
        classes = InstructorGatewayApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            // Tests that share a gateway would use up each other's allowance; the limits have their own tests.
            "gateway.rate-limit.requests=100000"
        })
@ExtendWith(NettyLeakCheck.class)
abstract class GatewayHarness {

    static final String COURSE = StandInLms.DEMO_COURSE;
    static final String UNIFIED = "/api/instructor/v1/courses/";
    static final String DASHBOARD_ORIGIN = "https://dashboard.example.com";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @LocalServerPort
    int port;

    /** Everything but where the keys come from, for tests that take their keys elsewhere. */
    static void pointAtStandInExceptKeys(DynamicPropertyRegistry registry) {
        registry.add("gateway.lms.base-url", () -> SharedStandIn.get().baseUrl());
        registry.add("gateway.lms.studio-base-url", () -> SharedStandIn.get().baseUrl());
        registry.add("gateway.jwt.secret", () -> DemoTokens.SHARED_SECRET);
        registry.add("gateway.jwt.issuer", () -> DemoTokens.ISSUER);
        registry.add("gateway.jwt.audiences", () -> DemoTokens.AUDIENCE);
        registry.add("gateway.security.cors-origins", () -> DASHBOARD_ORIGIN);
    }

    private final List<MappingBuilder> added = new ArrayList<>();

    @BeforeEach
    void forgetEarlierRequests() {
        lms().resetRequests();
    }

    @AfterEach
    void removeAddedStubs() {
        lms().resetScenarios();
        added.forEach(stub -> lms().removeStub(stub));
        added.clear();
    }

    /** A stub that wins over the stand-in's recordings for this test only. */
    void stub(MappingBuilder mapping) {
        MappingBuilder stub = mapping.atPriority(1);
        lms().stubFor(stub);
        added.add(stub);
    }

    HttpResponse<String> sendJson(String method, String rawPathAndQuery, String json) {
        return send(HttpRequest.newBuilder(uri(rawPathAndQuery))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** What the LMS received matching the pattern since the test began. */
    static List<LoggedRequest> received(RequestPatternBuilder pattern) {
        return lms().findAll(pattern);
    }

    static WireMockServer lms() {
        return SharedStandIn.get().server();
    }

    /** What the LMS received since the test began, oldest first. */
    static List<LoggedRequest> lmsReceived() {
        return lms().findAll(anyRequestedFor(anyUrl()));
    }

    HttpResponse<String> send(String method, String rawPathAndQuery) {
        return send(HttpRequest.newBuilder(uri(rawPathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends the request as the demo instructor, with a valid JWT in the Authorization header. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        return sendRaw(request.header("Authorization", "JWT " + instructorToken()));
    }

    /** Sends the request with only the credentials it carries. */
    HttpResponse<String> sendRaw(HttpRequest.Builder request) {
        try {
            // Each request on a connection of its own. With kept-alive connections, one request in several hundred
            // went unanswered within the time limit in full-suite runs only (never alone, never with curl, never
            // with the JDK client against the demo); the cause is not found, and this is where to look again.
            request.setHeader("Connection", "close");
            return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the gateway did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The demo instructor's token, the same one all along (it is valid for hours), so that a test can compare the
     * token a backend received with the one the request carried even when a second has passed in between.
     */
    static String instructorToken() {
        return Instructor.TOKEN;
    }

    private static final class Instructor {
        static final String TOKEN = SharedStandIn.tokens().token("instructor");
    }

    URI uri(String rawPathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + rawPathAndQuery);
    }
}
