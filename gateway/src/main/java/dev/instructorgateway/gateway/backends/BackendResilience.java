package dev.instructorgateway.gateway.backends;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.Counter;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.util.function.BooleanSupplier;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import reactor.util.retry.Retry;

/**
 * What stands between a handler and one service: a bulkhead (a bounded number of calls at once, so a slow
 * service cannot hold every request), a circuit breaker (calls stop for a while once most of them fail) and, for
 * calls that are safe to repeat, retries with jittered backoff within a budget. A change of state is never
 * repeated: only reads are retried.
 */
final class BackendResilience {

    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final BackendsProperties.Retries retries;
    private final RetryBudget budget;
    private final Counter retried;

    BackendResilience(
            CircuitBreaker circuitBreaker, Bulkhead bulkhead, BackendsProperties.Retries retries, Counter retried) {
        this.circuitBreaker = circuitBreaker;
        this.bulkhead = bulkhead;
        this.retries = retries;
        this.budget = new RetryBudget(retries.budgetRatio(), retries.budgetReserve());
        this.retried = retried;
    }

    /**
     * @param call one attempt, subscribed to again for each retry; it signals {@link FailedAnswer} for a 5xx
     * @param repeatable whether repeating the call is harmless (a read)
     */
    <T> Mono<T> protect(Mono<T> call, boolean repeatable) {
        Mono<T> guarded = call.transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
        if (!repeatable || retries.attempts() == 0) {
            return guarded;
        }

        Retry spec = Retry.backoff(retries.attempts(), retries.firstBackoff())
                .maxBackoff(retries.maxBackoff())
                .jitter(0.5)
                .filter(error -> worthRepeating(error) && budget.spend())
                .doBeforeRetry(signal -> retried.increment())
                .onRetryExhaustedThrow((ignored, signal) -> signal.failure());
        return Mono.defer(() -> {
            budget.earn();
            return guarded.retryWhen(spec);
        });
    }

    /**
     * Repeats a forwarded read whose connection failed before any answer came, within the same budget as the
     * native reads. An answer, even a 5xx, is never repeated here: it has already been written to the client.
     *
     * @param attempt the forwarding, subscribed to again for each retry
     * @param answered whether an answer has reached the client, after which nothing may be repeated
     * @param beforeRetry clears what the failed attempt left on the exchange
     */
    Mono<Void> repeatForwarded(Mono<Void> attempt, BooleanSupplier answered, Runnable beforeRetry) {
        if (retries.attempts() == 0) {
            return attempt;
        }
        Retry spec = Retry.backoff(retries.attempts(), retries.firstBackoff())
                .maxBackoff(retries.maxBackoff())
                .jitter(0.5)
                .filter(error -> !answered.getAsBoolean() && isTransportFailure(error) && budget.spend())
                .doBeforeRetry(signal -> {
                    retried.increment();
                    beforeRetry.run();
                })
                .onRetryExhaustedThrow((ignored, signal) -> signal.failure());
        return Mono.defer(() -> {
            budget.earn();
            return attempt.retryWhen(spec);
        });
    }

    Bulkhead bulkhead() {
        return bulkhead;
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /** A failed answer or a connection that never carried the request; not a time-out, which would pile up. */
    private static boolean worthRepeating(Throwable error) {
        return error instanceof FailedAnswer || isTransportFailure(error);
    }

    private static boolean isTransportFailure(Throwable error) {
        return error instanceof ConnectException
                || error.getCause() instanceof ConnectException
                || error.getCause() instanceof ConnectTimeoutException
                || error instanceof PrematureCloseException
                || error.getCause() instanceof PrematureCloseException;
    }
}
