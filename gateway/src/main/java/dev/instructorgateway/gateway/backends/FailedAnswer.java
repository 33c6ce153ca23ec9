package dev.instructorgateway.gateway.backends;

/**
 * A 5xx answer, signalled as an error inside the resilience operators so that the circuit breaker counts it and a
 * read may be retried; outside them it is an answer again, and mapped to the client's problem.
 */
final class FailedAnswer extends RuntimeException {

    private final transient Object sent;

    FailedAnswer(Object sent) {
        super(null, null, false, false);
        this.sent = sent;
    }

    Object sent() {
        return sent;
    }
}
