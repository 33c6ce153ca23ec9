package dev.instructorgateway.gateway.backends;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One backend client against WireMock's faults: which failures are retried and how often, that a change is sent
 * once, and how the circuit breaker, the bulkhead and the time limit answer.
 */
class BackendClientResilienceTest {

    private static final Caller CALLER = new Caller("instructor", "header.payload.signature");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WireMockServer service =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ConnectionProvider pool;

    @BeforeEach
    void start() {
        service.start();
        pool = ConnectionProvider.create("test", 16);
    }

    @AfterEach
    void stop() {
        service.stop();
        pool.dispose();
    }

    @Test
    void aFailedReadIsRetriedUntilItSucceeds() {
        service.stubFor(get(urlPathEqualTo("/r"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("once"));
        service.stubFor(get(urlPathEqualTo("/r"))
                .inScenario("flaky")
                .whenScenarioStateIs("once")
                .willReturn(serverError())
                .willSetStateTo("twice"));
        service.stubFor(get(urlPathEqualTo("/r"))
                .inScenario("flaky")
                .whenScenarioStateIs("twice")
                .willReturn(okJson("{\"ok\": true}")));
        BackendClient client = client(retries(2, 10), circuit(100), bulkhead(10), Duration.ofSeconds(8));

        StepVerifier.create(client.get("/r").json(CALLER))
                .assertNext(body -> assertThat(body.path("ok").asBoolean()).isTrue())
                .verifyComplete();

        assertThat(requests()).isEqualTo(3);
        assertThat(meters.get("gateway.backend.retries").counter().count()).isEqualTo(2);
        assertThat(calls("ok")).as("one call, its retries included").isEqualTo(1);
    }

    @Test
    void aFailedChangeIsSentExactlyOnce() {
        service.stubFor(post(urlPathEqualTo("/w")).willReturn(serverError()));
        BackendClient client = client(retries(2, 10), circuit(100), bulkhead(10), Duration.ofSeconds(8));

        StepVerifier.create(client.post("/w")
                        .json(JsonMapper.builder().build().createObjectNode())
                        .json(CALLER))
                .expectErrorSatisfies(error -> assertProblem(error, ProblemType.BACKEND_UNAVAILABLE, 502))
                .verify(WAIT);

        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void retriesStopWhenTheBudgetIsSpent() {
        service.stubFor(get(urlPathEqualTo("/r")).willReturn(serverError()));
        BackendClient client = client(retries(3, 2), circuit(100), bulkhead(10), Duration.ofSeconds(8));

        for (int call = 0; call < 3; call++) {
            StepVerifier.create(client.get("/r").json(CALLER))
                    .expectErrorSatisfies(error -> assertProblem(error, ProblemType.BACKEND_UNAVAILABLE, 502))
                    .verify(WAIT);
        }

        assertThat(requests())
                .as("three first attempts and the two retries the budget held")
                .isEqualTo(5);
    }

    @Test
    void theCircuitOpensAfterFailuresAndClosesAfterRecovery() throws InterruptedException {
        service.stubFor(get(urlPathEqualTo("/r")).willReturn(serverError()));
        CircuitBreaker circuit = circuit(4);
        BackendClient client = client(retries(0, 0), circuit, bulkhead(10), Duration.ofSeconds(8));
        for (int call = 0; call < 4; call++) {
            client.get("/r").answer(CALLER).onErrorResume(e -> Mono.empty()).block(WAIT);
        }

        StepVerifier.create(client.get("/r").json(CALLER))
                .expectErrorSatisfies(error -> {
                    assertProblem(error, ProblemType.BACKEND_CIRCUIT_OPEN, 503);
                    assertThat(((ProblemException) error).headers().getFirst("Retry-After"))
                            .isEqualTo("1");
                })
                .verify(WAIT);
        assertThat(requests()).isEqualTo(4);
        assertThat(calls("server_error")).isEqualTo(4);
        assertThat(calls("rejected")).isEqualTo(1);

        service.resetAll();
        service.stubFor(get(urlPathEqualTo("/r")).willReturn(okJson("{}")));
        Thread.sleep(1_100);
        StepVerifier.create(client.get("/r").json(CALLER)).expectNextCount(1).verifyComplete();
        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFullBulkheadRefusesAtOnceWith503() {
        service.stubFor(get(urlPathEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(800)));
        BackendClient client = client(retries(0, 0), circuit(100), bulkhead(1), Duration.ofSeconds(8));

        Mono<JsonNode> first = client.get("/slow").json(CALLER);
        Mono<JsonNode> second =
                Mono.delay(Duration.ofMillis(200)).then(client.get("/slow").json(CALLER));

        StepVerifier.create(Mono.zip(first, second.onErrorResume(error -> {
                    assertProblem(error, ProblemType.BACKEND_SATURATED, 503);
                    return Mono.just(
                            JsonMapper.builder().build().createObjectNode().put("refused", true));
                })))
                .assertNext(both ->
                        assertThat(both.getT2().path("refused").asBoolean()).isTrue())
                .verifyComplete();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504() {
        service.stubFor(get(urlPathEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(3_000)));
        BackendClient client = client(retries(2, 10), circuit(100), bulkhead(10), Duration.ofMillis(300));

        StepVerifier.create(client.get("/slow").json(CALLER))
                .expectErrorSatisfies(error -> assertProblem(error, ProblemType.BACKEND_TIMEOUT, 504))
                .verify(Duration.ofSeconds(2));
        assertThat(requests()).as("time-outs are not retried").isEqualTo(1);
        assertThat(calls("timeout")).isEqualTo(1);
    }

    @Test
    void aServiceWithRandomDelaysBeyondTheLimitIsA504EveryTime() {
        service.stubFor(get(urlPathEqualTo("/jittery")).willReturn(okJson("{}").withUniformRandomDelay(1_000, 2_500)));
        BackendClient client = client(retries(2, 10), circuit(100), bulkhead(10), Duration.ofMillis(300));

        for (int call = 0; call < 3; call++) {
            StepVerifier.create(client.get("/jittery").json(CALLER))
                    .expectErrorSatisfies(error -> assertProblem(error, ProblemType.BACKEND_TIMEOUT, 504))
                    .verify(Duration.ofSeconds(2));
        }
        assertThat(calls("timeout")).isEqualTo(3);
    }

    @Test
    void aCallerThatGoesAwayFreesItsPlaceInTheBulkhead() {
        service.stubFor(get(urlPathEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(3_000)));
        service.stubFor(get(urlPathEqualTo("/fast")).willReturn(okJson("{}")));
        Bulkhead one = bulkhead(1);
        BackendClient client = client(retries(0, 0), circuit(100), one, Duration.ofSeconds(8));

        StepVerifier.create(client.get("/slow").json(CALLER))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(300))
                .thenCancel()
                .verify(WAIT);

        assertThat(one.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
        StepVerifier.create(client.get("/fast").json(CALLER)).expectNextCount(1).verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"
            })
    void aBrokenConnectionIsA502NamingTheService(Fault fault) {
        service.stubFor(post(urlPathEqualTo("/w")).willReturn(aResponse().withFault(fault)));
        BackendClient client = client(retries(0, 0), circuit(100), bulkhead(10), Duration.ofSeconds(8));

        StepVerifier.create(client.post("/w")
                        .json(JsonMapper.builder().build().createObjectNode())
                        .json(CALLER))
                .expectErrorSatisfies(error -> {
                    assertProblem(error, ProblemType.BACKEND_UNAVAILABLE, 502);
                    assertThat(((ProblemException) error).properties()).containsEntry("backend", "cohorts");
                })
                .verify(WAIT);
    }

    @Test
    void aHangingServiceLeavesAnotherServicesCallsAsFastAsBefore() {
        service.stubFor(get(urlPathEqualTo("/hang")).willReturn(okJson("{}").withFixedDelay(5_000)));
        service.stubFor(get(urlPathEqualTo("/fast")).willReturn(okJson("{}")));
        ConnectionProvider otherPool = ConnectionProvider.create("other", 16);
        BackendClient hanging = client(retries(0, 0), circuit(100), bulkhead(8), Duration.ofSeconds(6));
        BackendClient other = new BackendClient(
                Backend.DISCUSSION,
                service.baseUrl(),
                web(otherPool, Duration.ofSeconds(2)),
                Duration.ofSeconds(3),
                JsonMapper.builder().build(),
                resilience(retries(0, 0), circuit(100), bulkhead(8)),
                new BackendCallMeter(meters, Backend.DISCUSSION));
        Stream.generate(() -> hanging.get("/hang").json(CALLER).subscribe(ok -> {}, e -> {}))
                .limit(16)
                .toList();

        long started = System.nanoTime();
        other.get("/fast").json(CALLER).block(WAIT);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofMillis(1_000));
        otherPool.dispose();
    }

    private long calls(String outcome) {
        var timer = meters.find(BackendCallMeter.NAME).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private BackendClient client(
            BackendsProperties.Retries retries, CircuitBreaker circuit, Bulkhead bulkhead, Duration timeout) {
        return new BackendClient(
                Backend.COHORTS,
                service.baseUrl(),
                web(pool, timeout),
                timeout.plusSeconds(1),
                JsonMapper.builder().build(),
                resilience(retries, circuit, bulkhead),
                new BackendCallMeter(meters, Backend.COHORTS));
    }

    private BackendResilience resilience(
            BackendsProperties.Retries retries, CircuitBreaker circuit, Bulkhead bulkhead) {
        return new BackendResilience(circuit, bulkhead, retries, meters.counter("gateway.backend.retries"));
    }

    private static WebClient web(ConnectionProvider pool, Duration timeout) {
        return WebClient.builder()
                .clientConnector(
                        new ReactorClientHttpConnector(HttpClient.create(pool).responseTimeout(timeout)))
                .build();
    }

    private static BackendsProperties.Retries retries(int attempts, int reserve) {
        return new BackendsProperties.Retries(attempts, Duration.ofMillis(10), Duration.ofMillis(50), 0, reserve);
    }

    private static CircuitBreaker circuit(int window) {
        return CircuitBreaker.of(
                "cohorts",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(window)
                        .minimumNumberOfCalls(window)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(1))
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
    }

    private static Bulkhead bulkhead(int calls) {
        return Bulkhead.of(
                "cohorts",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(calls)
                        .maxWaitDuration(Duration.ZERO)
                        .build());
    }

    private int requests() {
        return service.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static void assertProblem(Throwable error, ProblemType type, int status) {
        assertThat(error).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(type);
            assertThat(problem.status().value()).isEqualTo(status);
        });
    }
}
