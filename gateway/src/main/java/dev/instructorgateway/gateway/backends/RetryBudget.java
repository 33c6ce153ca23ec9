package dev.instructorgateway.gateway.backends;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds retries to a share of the calls a service receives, so that during an outage retries cannot multiply
 * the load on it. Every first attempt earns {@code ratio} of a retry, up to {@code reserve} retries saved; a
 * retry spends one. Reactor's and resilience4j's retries count attempts per call but keep no budget across
 * calls, hence this small class.
 */
final class RetryBudget {

    private static final long ONE = 1_000;

    private final long earnedPerCall;
    private final long reserve;
    private final AtomicLong saved;

    RetryBudget(double ratio, int reserve) {
        this.earnedPerCall = Math.round(ratio * ONE);
        this.reserve = reserve * ONE;
        this.saved = new AtomicLong(this.reserve);
    }

    /** A first attempt was made. */
    void earn() {
        saved.getAndUpdate(tokens -> Math.min(reserve, tokens + earnedPerCall));
    }

    /** Takes one retry from the budget; false when none is left. */
    boolean spend() {
        while (true) {
            long tokens = saved.get();
            if (tokens < ONE) {
                return false;
            }
            if (saved.compareAndSet(tokens, tokens - ONE)) {
                return true;
            }
        }
    }
}
