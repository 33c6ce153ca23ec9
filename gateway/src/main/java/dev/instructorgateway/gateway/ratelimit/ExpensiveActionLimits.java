package dev.instructorgateway.gateway.ratelimit;

import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;

/**
 * Which catalogue routes are rate limited, and the filter that limits each. Routes are named by catalogue id in
 * configuration, so an operator can add or drop one without a build; an id the catalogue does not have stops
 * the start-up, because a misspelt id would otherwise leave an expensive action unlimited without a word.
 */
public class ExpensiveActionLimits {

    private final MeterRegistry meters;
    private final Set<String> routes;
    private final Bucket4jRateLimiter limiter;
    private final Bucket4jRateLimiter.Config allowance;
    private final Duration retryAfter;

    ExpensiveActionLimits(RateLimitProperties properties, Bucket4jRateLimiter limiter, MeterRegistry meters) {
        this.meters = meters;
        this.routes = properties.enabled() ? Set.copyOf(properties.routes()) : Set.of();
        this.limiter = limiter;
        this.allowance = new Bucket4jRateLimiter.Config()
                .setCapacity(properties.requests())
                .setRefillTokens((long) properties.requests())
                .setRefillPeriod(properties.period())
                .setRefillStyle(Bucket4jRateLimiter.RefillStyle.GREEDY)
                .setRequestedTokens(1);
        this.retryAfter = properties.period().dividedBy(Math.max(1, properties.requests()));
    }

    /** Refuses ids the catalogue does not hold, naming each. */
    public void checkAgainst(RouteCatalogue catalogue) {
        List<String> unknown = routes.stream()
                .filter(id -> catalogue.entries().stream().noneMatch(e -> e.id().equals(id)))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("GATEWAY_RATE_LIMIT_ROUTES names routes the catalogue does not have: "
                    + unknown + ". Use catalogue ids such as data-export.grade-report.create.");
        }
    }

    /** The filter that limits this route, if it is limited. */
    public Optional<GatewayFilter> filterFor(RouteEntry entry) {
        if (!routes.contains(entry.id())) {
            return Optional.empty();
        }
        limiter.getConfig().put(entry.id(), allowance);
        Counter refusals = Counter.builder("gateway.rate_limit.refusals")
                .description("Requests refused with 429 because the caller used up the route's allowance")
                .tag("route", entry.id())
                .register(meters);
        return Optional.of(new CallerRateLimitFilter(entry.id(), limiter, retryAfter, refusals));
    }

    public Set<String> routes() {
        return routes;
    }
}
