package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of the stand-in LMS for native handler tests: stubs a test adds win over the recordings
 * and are removed after it, a learner can be made up for the authorization checks, and answers parse as JSON.
 * The cohorts service answers within two seconds here, so a time-out can be shown without a long wait. Reads are
 * not retried and circuits do not open here, so that every test sees each call it caused exactly once; those
 * behaviours have tests of their own.
 */
abstract class NativeHandlerTest extends GatewayHarness {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ROLES = "/api/enrollment/v1/roles/";

    @DynamicPropertySource
    static void nativeGateway(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.backends.services.cohorts.response-timeout", () -> "2s");
        registry.add("gateway.backends.retries.attempts", () -> "0");
        registry.add("resilience4j.circuitbreaker.configs.default.sliding-window-size", () -> "1000");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "1000");
    }

    /** A token for a new user who holds no role in the course (the roles API says so for this token only). */
    String learnerToken() {
        String token = SharedStandIn.tokens()
                .token("learner-" + UUID.randomUUID().toString().substring(0, 8));
        stub(get(urlPathEqualTo(ROLES))
                .withHeader("Authorization", equalTo("JWT " + token))
                .willReturn(okJson("{\"roles\": [{\"org\": \"OpenedX\", \"course_id\": \"" + COURSE
                        + "\", \"role\": \"beta\"}], \"is_staff\": false}")));
        return token;
    }

    HttpResponse<String> getAs(String token, String rawPathAndQuery) {
        return sendRaw(HttpRequest.newBuilder(uri(rawPathAndQuery))
                .header("Authorization", "JWT " + token)
                .GET());
    }

    /** Every path the LMS was called on since the test began, role checks left out. */
    static List<String> calledPaths() {
        return lmsReceived().stream()
                .map(request -> request.getMethod() + " " + request.getUrl())
                .filter(call -> !call.contains(ROLES))
                .toList();
    }

    static JsonNode json(HttpResponse<String> answer) {
        return JSON.readTree(answer.body());
    }
}
