package dev.instructorgateway.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often one caller may start an expensive action.
 *
 * @param routes the catalogue ids of the limited routes ({@code GATEWAY_RATE_LIMIT_ROUTES}); each caller has one
 *     allowance per route, so a grade report does not use up the allowance for bulk email
 * @param requests how many calls a caller may make to one route within {@code period}
 *     ({@code GATEWAY_RATE_LIMIT_REQUESTS}); 0 turns the limits off
 * @param period the window the allowance refills over, gradually ({@code GATEWAY_RATE_LIMIT_PERIOD})
 * @param redisUrl where the allowances are shared between replicas ({@code REDIS_URL}, for example
 *     {@code redis://redis:6379/0}); blank keeps them in this process's memory
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(List<String> routes, int requests, Duration period, String redisUrl) {

    public RateLimitProperties {
        routes = routes == null ? List.of() : List.copyOf(routes);
        if (requests < 0) {
            throw new IllegalArgumentException("GATEWAY_RATE_LIMIT_REQUESTS must be 0 (off) or more, not " + requests);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("GATEWAY_RATE_LIMIT_PERIOD must be a positive duration such as 1m");
        }
    }

    boolean enabled() {
        return requests > 0 && !routes.isEmpty();
    }

    boolean shared() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
