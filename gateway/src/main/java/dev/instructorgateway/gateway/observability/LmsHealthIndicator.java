package dev.instructorgateway.gateway.observability;

import dev.instructorgateway.gateway.lms.LmsProperties;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Whether the LMS answers its heartbeat ({@code GET /heartbeat}, which Open edX answers 200 when its database and
 * modulestore respond and 503 when not). Part of the readiness group: a gateway whose LMS is down cannot serve the
 * unified API, so it should not be sent traffic. The check goes straight to the LMS, around the circuit breakers,
 * so that it sees the LMS as it is rather than as the gateway last found it.
 */
@Component("lms")
class LmsHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private final WebClient web;
    private final String heartbeat;

    LmsHealthIndicator(WebClient.Builder web, LmsProperties lms) {
        super("The LMS heartbeat check failed");
        this.web = web.build();
        this.heartbeat = lms.baseUrl() + "/heartbeat";
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return web.get()
                .uri(heartbeat)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode()))
                .timeout(LIMIT)
                .map(status -> answer(builder, status))
                .onErrorResume(error -> Mono.just(builder.down()
                        .withDetail("url", heartbeat)
                        .withDetail("error", error.getClass().getSimpleName())
                        .build()));
    }

    private Health answer(Health.Builder builder, HttpStatusCode status) {
        Health.Builder state = status.is2xxSuccessful() ? builder.up() : builder.down();
        return state.withDetail("url", heartbeat)
                .withDetail("status", status.value())
                .build();
    }
}
