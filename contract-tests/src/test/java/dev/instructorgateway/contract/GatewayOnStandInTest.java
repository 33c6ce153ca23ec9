package dev.instructorgateway.contract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of the stand-in LMS, checking tokens against the test key set. Requests
 * go out with the JDK client, which sends a URI's raw path and query exactly as written, so tests control every
 * byte of the request line.
 */
abstract class GatewayOnStandInTest extends GatewayHarness {

    @DynamicPropertySource
    static void pointAtStandIn(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
    }
}
