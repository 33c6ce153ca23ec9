package dev.instructorgateway.gateway.security;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes, from every request, the headers a client could use to claim an identity ({@code X-Forwarded-User},
 * {@code X-Remote-User} and any configured), before authentication or any backend sees them.
 */
final class ImpersonationHeaderFilter implements WebFilter, Ordered {

    private final List<String> headers;

    ImpersonationHeaderFilter(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean present = headers.stream().anyMatch(exchange.getRequest().getHeaders()::containsHeader);
        if (!present) {
            return chain.filter(exchange);
        }
        var request = exchange.getRequest()
                .mutate()
                .headers(h -> headers.forEach(h::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
