package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.catalogue.LegacyCall;
import dev.instructorgateway.gateway.observability.RequestLog;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Guards the routes served by legacy LMS views with the circuit breaker and the bulkhead of the
 * {@code lms-legacy} service, the same ones its native calls use, so an LMS in trouble is noticed once whichever
 * route found it. A forwarded call ends when its answer has been written: a 5xx by then (the LMS's failures become
 * 502, its time-outs 504) counts against the circuit, anything else for it. A change is never repeated; a read is
 * repeated only when its connection failed before any answer came.
 *
 * <p>Each route also gets a time limit by the kind of work its view does: a view that queues a background task
 * (a report, a rescore, a bulk email) may take longer to answer than one that reads a list.
 */
public final class LegacyRouteGuard {

    private static final Logger log = LoggerFactory.getLogger(LegacyRouteGuard.class);
    private static final String QUEUED_WORK = "task-accepted";

    private final BackendResilience resilience;
    private final CircuitBreaker circuit;
    private final Bulkhead bulkhead;
    private final Duration quickLimit;
    private final Duration queuedWorkLimit;

    LegacyRouteGuard(BackendResilience resilience, Duration quickLimit, Duration queuedWorkLimit) {
        this.resilience = resilience;
        this.circuit = resilience.circuitBreaker();
        this.bulkhead = resilience.bulkhead();
        this.quickLimit = quickLimit;
        this.queuedWorkLimit = queuedWorkLimit;
    }

    /** How long the gateway waits for the view's answer: longer for views that queue background work. */
    public Duration timeLimit(LegacyCall call) {
        return QUEUED_WORK.equals(call.response()) ? queuedWorkLimit : quickLimit;
    }

    /**
     * The filter to put last on a legacy route, after its input has been checked and rewritten.
     *
     * @param read whether the unified endpoint only reads (a GET), so that a connection that failed before any
     *     answer may be tried again, within the lms-legacy retry budget; the rewritten body is kept in memory
     *     and can be sent again
     */
    public GatewayFilter filter(String routeId, boolean read) {
        return (exchange, chain) -> guard(exchange, chain, routeId, read);
    }

    private Mono<Void> guard(ServerWebExchange exchange, GatewayFilterChain chain, String routeId, boolean read) {
        if (!bulkhead.tryAcquirePermission()) {
            return RequestLog.debug(log, "[{}] lms-legacy bulkhead full", routeId)
                    .then(Mono.error(BackendFailures.saturated(Backend.LMS_LEGACY)));
        }
        if (!circuit.tryAcquirePermission()) {
            bulkhead.onComplete();
            return RequestLog.debug(log, "[{}] lms-legacy circuit {}", routeId, circuit.getState())
                    .then(Mono.error(BackendFailures.circuitOpen(Backend.LMS_LEGACY, circuit)));
        }

        Mono<Void> forward = read
                ? resilience.repeatForwarded(
                        chain.filter(exchange),
                        () -> exchange.getResponse().isCommitted(),
                        () -> ServerWebExchangeUtils.reset(exchange))
                : chain.filter(exchange);

        long start = circuit.getCurrentTimestamp();
        return forward.doOnSuccess(done -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    long took = circuit.getCurrentTimestamp() - start;
                    if (status != null && status.is5xxServerError()) {
                        circuit.onError(took, circuit.getTimestampUnit(), new LegacyViewFailed(status));
                    } else {
                        circuit.onSuccess(took, circuit.getTimestampUnit());
                    }
                })
                .doOnError(error ->
                        circuit.onError(circuit.getCurrentTimestamp() - start, circuit.getTimestampUnit(), error))
                .doOnCancel(circuit::releasePermission)
                .doFinally(signal -> bulkhead.onComplete());
    }

    /** A legacy view's answer that counts as a failure of the LMS; never thrown, only recorded. */
    private static final class LegacyViewFailed extends RuntimeException {

        LegacyViewFailed(HttpStatusCode status) {
            super("answered " + status.value(), null, false, false);
        }
    }
}
