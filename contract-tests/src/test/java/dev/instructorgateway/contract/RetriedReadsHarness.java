package dev.instructorgateway.contract;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway with reads retried as in production (native handler tests turn retries off, so that each call they
 * cause is seen once), for the tests that show a change still reaches its service exactly once when it fails.
 */
abstract class RetriedReadsHarness extends GatewayHarness {

    private final List<MappingBuilder> added = new ArrayList<>();

    @DynamicPropertySource
    static void readsAreRetried(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.backends.retries.attempts", () -> "2");
        registry.add("gateway.backends.retries.first-backoff", () -> "10ms");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "1000");
    }

    @AfterEach
    void removeAddedStubs() {
        added.forEach(stub -> lms().removeStub(stub));
        added.clear();
    }

    /** A stub that wins over the stand-in's recordings for this test only. */
    void stub(MappingBuilder mapping) {
        MappingBuilder stub = mapping.atPriority(1);
        lms().stubFor(stub);
        added.add(stub);
    }

    HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static List<LoggedRequest> received(RequestPatternBuilder pattern) {
        return lms().findAll(pattern);
    }
}
