package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.legacy.LmsErrors;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place a service's failure becomes the client's problem: its time-outs are 504, its 5xx, a refused or
 * broken connection and an oversized answer are 502, its 4xx keep their status and message. Each problem names
 * the service in a {@code backend} member, so an operator knows where to look.
 */
final class BackendFailures {

    private BackendFailures() {}

    static ProblemException fromAnswer(Backend backend, BackendAnswer answer, byte[] body, JsonMapper mapper) {
        MediaType type = answer.headers().getContentType();
        ProblemException lms = LmsErrors.problem(answer.status(), null, type, body, Map.of(), mapper);
        if (answer.status().is5xxServerError()) {
            return named(
                    backend,
                    ProblemType.BACKEND_UNAVAILABLE,
                    "The " + backend.slug() + " service failed ("
                            + answer.status().value() + "): " + lms.getMessage(),
                    lms.properties());
        }
        return new ProblemException(
                lms.type(), lms.status(), lms.getMessage(), HttpHeaders.EMPTY, withBackend(backend, lms.properties()));
    }

    static Throwable fromError(Backend backend, String baseUrl, Throwable error, BackendResilience resilience) {
        if (error instanceof ProblemException) {
            return error;
        }
        if (error instanceof CallNotPermittedException) {
            return circuitOpen(backend, resilience.circuitBreaker());
        }
        if (error instanceof BulkheadFullException) {
            return saturated(backend);
        }
        if (causedBy(error, ReadTimeoutException.class) || causedBy(error, TimeoutException.class)) {
            return named(
                    backend,
                    ProblemType.BACKEND_TIMEOUT,
                    "The " + backend.slug() + " service did not answer in time.",
                    Map.of());
        }
        if (causedBy(error, ConnectTimeoutException.class)) {
            return named(
                    backend,
                    ProblemType.BACKEND_TIMEOUT,
                    "The " + backend.slug() + " service at " + baseUrl + " could not be reached in time.",
                    Map.of());
        }
        if (causedBy(error, ConnectException.class)) {
            return named(
                    backend,
                    ProblemType.BACKEND_UNAVAILABLE,
                    "The " + backend.slug() + " service at " + baseUrl + " refused the connection.",
                    Map.of());
        }
        if (causedBy(error, PrematureCloseException.class)) {
            return named(
                    backend,
                    ProblemType.BACKEND_UNAVAILABLE,
                    "The " + backend.slug() + " service closed the connection before it answered.",
                    Map.of());
        }
        if (causedBy(error, DataBufferLimitException.class)) {
            return named(
                    backend,
                    ProblemType.BACKEND_UNAVAILABLE,
                    "The " + backend.slug() + " service sent a larger answer than the gateway accepts.",
                    Map.of());
        }
        return named(
                backend,
                ProblemType.BACKEND_UNAVAILABLE,
                "The call to the " + backend.slug() + " service failed: "
                        + error.getClass().getSimpleName(),
                Map.of());
    }

    /** The circuit of the service is open: 503, with {@code Retry-After} the time it stays open. */
    static ProblemException circuitOpen(Backend backend, CircuitBreaker circuit) {
        long seconds = Math.max(
                1,
                circuit.getCircuitBreakerConfig()
                                .getWaitIntervalFunctionInOpenState()
                                .apply(1)
                        / 1000);
        return busy(
                backend,
                ProblemType.BACKEND_CIRCUIT_OPEN,
                "The " + backend.slug() + " service failed too often; the gateway stopped calling it for a while.",
                seconds);
    }

    /** As many calls to the service are under way as its bulkhead allows: 503 at once, never a queue. */
    static ProblemException saturated(Backend backend) {
        return busy(
                backend,
                ProblemType.BACKEND_SATURATED,
                "The " + backend.slug() + " service has as many calls under way as the gateway allows it.",
                1);
    }

    private static ProblemException busy(Backend backend, ProblemType type, String detail, long retryAfter) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return new ProblemException(type, null, detail, headers, withBackend(backend, Map.of()));
    }

    private static ProblemException named(
            Backend backend, ProblemType type, String detail, Map<String, Object> properties) {
        return new ProblemException(type, null, detail, HttpHeaders.EMPTY, withBackend(backend, properties));
    }

    private static Map<String, Object> withBackend(Backend backend, Map<String, Object> properties) {
        Map<String, Object> named = new HashMap<>(properties);
        named.put("backend", backend.slug());
        return named;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
