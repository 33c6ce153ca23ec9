package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Answers an endpoint no Open edX API can serve with a 501 that says which capability the LMS lacks. */
final class UnbackedAnswer implements GatewayFilter {

    private final String detail;

    UnbackedAnswer(RouteEntry entry) {
        this.detail = entry.method() + " " + entry.path() + " cannot be served: " + entry.unbackedReason();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return Mono.error(new ProblemException(ProblemType.UNBACKED, detail));
    }
}
