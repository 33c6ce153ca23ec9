package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatusCode;

/**
 * Times the calls made to one service, retries included, by how they ended: {@code ok}, {@code client_error} (a
 * 4xx the handler reads), {@code server_error}, {@code timeout}, {@code unavailable} (refused or broken
 * connection) and {@code rejected} (the gateway did not call: circuit open or bulkhead full). The tag values are
 * a fixed set, so the meter stays small whatever the traffic.
 */
final class BackendCallMeter {

    static final String NAME = "gateway.backend.calls";

    private static final List<String> OUTCOMES =
            List.of("ok", "client_error", "server_error", "timeout", "unavailable", "rejected");

    /** One timer per outcome, registered once: a call records without looking its meter up. */
    private final Map<String, Timer> timers = new HashMap<>();

    BackendCallMeter(MeterRegistry meters, Backend backend) {
        for (String outcome : OUTCOMES) {
            timers.put(
                    outcome,
                    Timer.builder(NAME)
                            .description("Calls to a backend service, by how they ended")
                            .tag("backend", backend.slug())
                            .tag("outcome", outcome)
                            .publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofMillis(1))
                            .maximumExpectedValue(Duration.ofSeconds(30))
                            .register(meters));
        }
    }

    void answered(long startNanos, HttpStatusCode status) {
        String outcome = status.is5xxServerError() ? "server_error" : status.is4xxClientError() ? "client_error" : "ok";
        record(startNanos, outcome);
    }

    /** Records a call that ended in {@code failure}, already mapped to the client's problem. */
    void failed(long startNanos, Throwable failure) {
        String outcome = "unavailable";
        if (failure instanceof ProblemException problem) {
            outcome = switch (problem.type()) {
                case BACKEND_TIMEOUT -> "timeout";
                case BACKEND_CIRCUIT_OPEN, BACKEND_SATURATED -> "rejected";
                default -> "unavailable";
            };
        }
        record(startNanos, outcome);
    }

    private void record(long startNanos, String outcome) {
        timers.get(outcome).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
