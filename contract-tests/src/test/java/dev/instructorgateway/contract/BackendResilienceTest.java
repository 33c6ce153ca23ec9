package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The resilience settings as an operator writes them, seen from the client and from Prometheus: a failing read
 * is retried within its budget, the circuit opens after the configured failures and answers 503 with
 * {@code Retry-After}, and the meters say so.
 */
class BackendResilienceTest extends GatewayHarness {

    private static final String COHORTS = UNIFIED + COURSE + "/cohorts";
    private static final String LMS_COHORTS = "/api/cohorts/v1/courses/" + COURSE + "/cohorts/";

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void smallCircuits(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.backends.retries.attempts", () -> "1");
        registry.add("gateway.backends.retries.first-backoff", () -> "10ms");
        registry.add("resilience4j.circuitbreaker.instances.cohorts.base-config", () -> "default");
        registry.add("resilience4j.circuitbreaker.instances.cohorts.sliding-window-size", () -> "4");
        registry.add("resilience4j.circuitbreaker.instances.cohorts.minimum-number-of-calls", () -> "4");
        registry.add("resilience4j.circuitbreaker.instances.cohorts.wait-duration-in-open-state", () -> "20s");
    }

    @Test
    void aFailingServiceIsRetriedThenItsCircuitOpensAndTheMetersShowIt() {
        stub(get(urlPathEqualTo(LMS_COHORTS)).willReturn(serverError()));

        int first = send("GET", COHORTS).statusCode();
        int second = send("GET", COHORTS).statusCode();
        HttpResponse<String> refused = send("GET", COHORTS);

        assertThat(first).isEqualTo(502);
        assertThat(second)
                .as("its first attempt was the failure that opened the circuit")
                .isEqualTo(503);
        assertThat(lms().findAll(getRequestedFor(urlPathEqualTo(LMS_COHORTS))))
                .as("the first read and its retry, the second read's first attempt; nothing once open")
                .hasSize(3);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
        assertThat(refused.body()).contains("backend-circuit-open").contains("\"backend\":\"cohorts\"");

        String metrics = scrape();
        assertThat(metrics)
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"cohorts\"[^}]*state=\"open\"[^}]*} 1.0");
        assertThat(metrics).containsPattern("gateway_backend_retries_total\\{backend=\"cohorts\"[^}]*} 2.0");
        assertThat(metrics).contains("resilience4j_bulkhead_available_concurrent_calls");
    }

    private String scrape() {
        return sendRaw(HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                        .GET())
                .body();
    }
}
