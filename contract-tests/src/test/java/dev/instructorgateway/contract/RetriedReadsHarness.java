package dev.instructorgateway.contract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway with reads retried as in production (native handler tests turn retries off, so that each call they
 * cause is seen once), for the tests that show a change still reaches its service exactly once when it fails.
 */
abstract class RetriedReadsHarness extends GatewayHarness {

    @DynamicPropertySource
    static void readsAreRetried(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.backends.retries.attempts", () -> "2");
        registry.add("gateway.backends.retries.first-backoff", () -> "10ms");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "1000");
    }
}
