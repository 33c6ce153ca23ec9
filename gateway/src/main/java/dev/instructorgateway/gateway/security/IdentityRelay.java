package dev.instructorgateway.gateway.security;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sends the caller's own JWT to the LMS in the form the LMS reads: its JWT authentication takes only the
 * {@code JWT} scheme, so a token that came as {@code Bearer} goes on as {@code JWT}. Pass-through traffic is the
 * LMS's business and is left as the client sent it.
 */
final class IdentityRelay implements GlobalFilter, Ordered {

    private static final String BEARER = "Bearer ";

    private final String passThroughRoute;

    IdentityRelay(String passThroughRoute) {
        this.passThroughRoute = passThroughRoute;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        if (route == null || route.getId().equals(passThroughRoute) || !bearer) {
            return chain.filter(exchange);
        }

        String relayed = "JWT " + authorization.substring(BEARER.length()).strip();
        var request = exchange.getRequest()
                .mutate()
                .headers(h -> h.set(HttpHeaders.AUTHORIZATION, relayed))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }
}
