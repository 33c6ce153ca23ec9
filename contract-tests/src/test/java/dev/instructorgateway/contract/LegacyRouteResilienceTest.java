package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Routes served by legacy views against an LMS that fails, hangs or breaks connections: a change is sent once, a
 * read whose connection broke before any answer is tried again, the
 * LMS's circuit opens after the configured failures and answers 503 with {@code Retry-After} without calling it, a
 * view that does not answer in time is a 504 in bounded time, a broken connection is a 502, and a hanging LMS does
 * not slow a route that uses another service.
 */
class LegacyRouteResilienceTest extends GatewayHarness {

    private static final String TASKS = UNIFIED + COURSE + "/instructor_tasks";
    private static final String LMS_TASKS = "/api/instructor/v1/tasks/" + COURSE;
    private static final String ENROLL = UNIFIED + COURSE + "/enrollment";
    private static final String LMS_ENROLL = "/courses/" + COURSE + "/instructor/api/students_update_enrollment";

    @Autowired
    CircuitBreakerRegistry circuits;

    @DynamicPropertySource
    static void fragileLms(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.backends.services.lms-legacy.response-timeout", () -> "2s");
        registry.add("resilience4j.circuitbreaker.instances.lms-legacy.base-config", () -> "default");
        registry.add("resilience4j.circuitbreaker.instances.lms-legacy.sliding-window-size", () -> "4");
        registry.add("resilience4j.circuitbreaker.instances.lms-legacy.minimum-number-of-calls", () -> "4");
        registry.add("resilience4j.circuitbreaker.instances.lms-legacy.wait-duration-in-open-state", () -> "20s");
    }

    @AfterEach
    void closeTheLmsCircuit() {
        circuits.circuitBreaker("lms-legacy").reset();
    }

    @Test
    void aChangeToAFailingLmsIsSentExactlyOnce() {
        stub(post(urlPathEqualTo(LMS_ENROLL)).willReturn(serverError().withBody("<html>boom</html>")));

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(ENROLL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifiers\": [\"ada\"]}")));

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(lms().findAll(postRequestedFor(urlPathEqualTo(LMS_ENROLL)))).hasSize(1);
    }

    @Test
    void theLmsCircuitOpensAfterFailuresAndRefusesWithoutCallingIt() {
        stub(get(urlPathEqualTo(LMS_TASKS)).willReturn(serverError()));
        for (int call = 0; call < 4; call++) {
            assertThat(send("GET", TASKS).statusCode())
                    .as("a failure of the LMS")
                    .isIn(502, 504);
        }

        HttpResponse<String> refused = send("GET", TASKS);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
        assertThat(refused.body()).contains("backend-circuit-open").contains("\"backend\":\"lms-legacy\"");
        assertThat(lms().findAll(getRequestedFor(urlPathEqualTo(LMS_TASKS)))).hasSize(4);
    }

    @Test
    void aViewThatDoesNotAnswerInTimeIsA504InBoundedTime() {
        stub(get(urlPathEqualTo(LMS_TASKS)).willReturn(okJson("{\"tasks\": []}").withFixedDelay(8_000)));

        long started = System.nanoTime();
        HttpResponse<String> answer = send("GET", TASKS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.statusCode()).isEqualTo(504);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(took).isLessThan(Duration.ofMillis(5_500));
    }

    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"})
    void aBrokenConnectionIsA502Problem(Fault fault) {
        stub(get(urlPathEqualTo(LMS_TASKS)).willReturn(aResponse().withFault(fault)));

        HttpResponse<String> answer = send("GET", TASKS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void aReadWhoseConnectionBrokeBeforeAnyAnswerIsTriedAgain() {
        stub(get(urlPathEqualTo(LMS_TASKS))
                .inScenario("drops once")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE))
                .willSetStateTo("recovered"));
        stub(get(urlPathEqualTo(LMS_TASKS))
                .inScenario("drops once")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"tasks\": []}")));

        HttpResponse<String> answer = send("GET", TASKS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(lms().findAll(getRequestedFor(urlPathEqualTo(LMS_TASKS)))).hasSize(2);
    }

    @Test
    void aChangeWhoseConnectionBrokeIsNotTriedAgain() {
        stub(post(urlPathEqualTo(LMS_ENROLL)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(ENROLL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifiers\": [\"ada\"]}")));

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(lms().findAll(postRequestedFor(urlPathEqualTo(LMS_ENROLL)))).hasSize(1);
    }

    @Test
    void aHangingLmsLeavesARouteOnAnotherServiceAsFastAsBefore() {
        send("GET", UNIFIED + COURSE + "/cohorts");
        stub(get(urlPathEqualTo(LMS_TASKS)).willReturn(okJson("{\"tasks\": []}").withFixedDelay(3_000)));
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<Void>>> hanging = new ArrayList<>();
        for (int call = 0; call < 16; call++) {
            hanging.add(client.sendAsync(
                    HttpRequest.newBuilder(uri(TASKS))
                            .header("Authorization", "JWT " + instructorToken())
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.discarding()));
        }

        long started = System.nanoTime();
        HttpResponse<String> other = send("GET", UNIFIED + COURSE + "/cohorts");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(took).as("well under the hanging calls' 3 s").isLessThan(Duration.ofMillis(1_500));
        CompletableFuture.allOf(hanging.toArray(CompletableFuture[]::new)).join();
    }
}
