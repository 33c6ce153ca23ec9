package dev.instructorgateway.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Names the route that served a response in the {@value #NAME} header, on every answer: the LMS's, a native
 * handler's, and the problems the gateway writes itself. Operators and tests read it to know which catalogue
 * entry answered.
 */
@Component
public class RouteIdHeader implements GlobalFilter, Ordered {

    public static final String NAME = "X-Gateway-Route";

    /** Exchange attribute naming who answered a request that never reached a route (authentication, say). */
    public static final String ANSWERED_BY = RouteIdHeader.class.getName() + ".answeredBy";

    /** The route id used when no route matched at all. */
    public static final String NO_ROUTE = "none";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(NAME, routeId(exchange));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /** The id of the route this exchange was matched to, or {@value #NO_ROUTE}. */
    public static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route != null) {
            return route.getId();
        }
        return exchange.getAttributeOrDefault(ANSWERED_BY, NO_ROUTE);
    }
}
