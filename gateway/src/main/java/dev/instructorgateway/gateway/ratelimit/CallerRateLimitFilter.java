package dev.instructorgateway.gateway.ratelimit;

import dev.instructorgateway.gateway.observability.RequestLog;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import java.security.Principal;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes one unit of the caller's allowance for this route before anything reaches a backend, and refuses with 429
 * and {@code Retry-After} when it is used up. The gateway's own {@code RequestRateLimiter} filter does the same
 * check but answers an empty 429 without {@code Retry-After}; this filter keeps its limiter and writes the
 * problem answer the API promises. The caller is the authenticated user; an unauthenticated request never gets
 * here, because the unified API refuses it first.
 */
final class CallerRateLimitFilter implements GatewayFilter {

    private static final Logger log = LoggerFactory.getLogger(CallerRateLimitFilter.class);

    private final String routeId;
    private final RateLimiter<?> limiter;
    private final Duration retryAfter;
    private final Counter refusals;

    CallerRateLimitFilter(String routeId, RateLimiter<?> limiter, Duration retryAfter, Counter refusals) {
        this.routeId = routeId;
        this.limiter = limiter;
        this.retryAfter = retryAfter;
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .defaultIfEmpty("anonymous")
                .flatMap(caller -> limiter.isAllowed(routeId, routeId + '|' + caller)
                        .flatMap(response -> response.isAllowed() ? chain.filter(exchange) : refuse(exchange, caller)));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, String caller) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        refusals.increment();

        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return RequestLog.debug(log, "[{}] rate limit reached for {}; asked to retry in {} s", routeId, caller, seconds)
                .then(Mono.error(new ProblemException(
                        ProblemType.TOO_MANY_REQUESTS,
                        "You have started this action too often in a short time. It makes the LMS work on the whole"
                                + " course, so each user may start it a limited number of times; try again in "
                                + seconds + " s.",
                        headers)));
    }
}
