package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway reaches the services behind native handlers. Every service lives in the LMS (Studio's in
 * Studio) until it is carved out; then its URL alone moves it.
 *
 * @param connectTimeout how long opening a connection may take ({@code BACKEND_CONNECT_TIMEOUT}, default 2s)
 * @param responseTimeout how long a service may take to answer, unless its own setting says otherwise
 *     ({@code BACKEND_RESPONSE_TIMEOUT}, default 10s)
 * @param maxConnections the connection pool's size per service ({@code BACKEND_MAX_CONNECTIONS}, default 100)
 * @param maxIdleTime how long a pooled connection may stay idle; keep it below the LMS's keep-alive timeout
 *     ({@code BACKEND_MAX_IDLE_TIME}, default 30s)
 * @param lmsHasInstructorV2 whether the LMS serves {@code /api/instructor/v2} (Open edX releases after
 *     Teak); handlers use it where it is the better source ({@code LMS_HAS_INSTRUCTOR_V2}, default false)
 * @param queuedWorkTimeout how long a legacy view that queues background work (a report, a rescore, a bulk
 *     email) may take to answer ({@code BACKEND_LMS_LEGACY_QUEUED_WORK_TIMEOUT}, default 30s); other legacy views
 *     have the lms-legacy service's response time-out
 * @param retries how reads are retried
 * @param services per-service overrides by slug ({@code BACKEND_<SERVICE>_URL},
 *     {@code BACKEND_<SERVICE>_CONNECT_TIMEOUT} and {@code BACKEND_<SERVICE>_RESPONSE_TIMEOUT}, empty by default)
 */
@ConfigurationProperties("gateway.backends")
public record BackendsProperties(
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConnections,
        Duration maxIdleTime,
        boolean lmsHasInstructorV2,
        Duration queuedWorkTimeout,
        Retries retries,
        Map<String, Service> services) {

    public BackendsProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        if (maxConnections < 1) {
            throw new IllegalArgumentException("BACKEND_MAX_CONNECTIONS: " + maxConnections + " (expected: 1 or more)");
        }
        for (String slug : services.keySet()) {
            if (Backend.fromSlug(slug).isEmpty()) {
                throw new IllegalArgumentException("gateway.backends.services." + slug
                        + " (expected: one of the service slugs, such as cohorts or course-modes)");
            }
        }
    }

    /**
     * Retries of calls that are safe to repeat (reads), never of changes.
     *
     * @param attempts how many times a failed read is repeated at most ({@code BACKEND_RETRY_ATTEMPTS}, default
     *     2; 0 turns retries off)
     * @param firstBackoff the wait before the first retry, doubled for each further one, with jitter
     *     ({@code BACKEND_RETRY_BACKOFF}, default 100ms)
     * @param maxBackoff the longest wait between two attempts ({@code BACKEND_RETRY_MAX_BACKOFF}, default 1s)
     * @param budgetRatio retries a service may receive per first attempt, over time
     *     ({@code BACKEND_RETRY_BUDGET_RATIO}, default 0.2)
     * @param budgetReserve retries saved for a burst ({@code BACKEND_RETRY_BUDGET_RESERVE}, default 10)
     */
    public record Retries(
            int attempts, Duration firstBackoff, Duration maxBackoff, double budgetRatio, int budgetReserve) {

        public Retries {
            if (attempts < 0 || budgetRatio < 0 || budgetReserve < 0) {
                throw new IllegalArgumentException("BACKEND_RETRY_ATTEMPTS, BACKEND_RETRY_BUDGET_RATIO and"
                        + " BACKEND_RETRY_BUDGET_RESERVE: " + attempts + ", " + budgetRatio + ", " + budgetReserve
                        + " (expected: 0 or more)");
            }
        }
    }

    /** What an operator may set for one service; blank means the shared default. */
    public record Service(
            @Nullable URI url,
            @Nullable Duration connectTimeout,
            @Nullable Duration responseTimeout) {}

    /** How long the service may take to answer: its own setting, else the shared default. */
    Duration responseTimeout(Backend backend) {
        Duration own = service(backend).responseTimeout();
        return own == null ? responseTimeout : own;
    }

    Service service(Backend backend) {
        return services.getOrDefault(backend.slug(), new Service(null, null, null));
    }
}
