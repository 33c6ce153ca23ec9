package dev.instructorgateway.gateway.routing;

import java.util.Optional;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Hands a request outside the unified prefix straight to the pass-through route's filters, as the gateway's route
 * lookup would after trying every catalogue route and finding none: the same route, the same global filters and
 * meters, without the walk through some ninety path predicates and the dispatcher's handler mappings. Runs after
 * Spring Security's web filter, so its firewall still guards the LMS.
 *
 * <p>Only the API server's requests take it; the actuator's server shares the application's web filters and must
 * not reach the LMS.
 */
final class PassThroughShortcut implements WebFilter, Ordered {

    private static final PathPattern UNIFIED =
            PathPatternParser.defaultInstance.parse(CatalogueRoutingConfiguration.UNIFIED_PREFIX);

    private final ApplicationContext application;
    private final FilteringWebHandler routeFilters;
    private final Mono<Optional<Route>> passThrough;

    PassThroughShortcut(ApplicationContext application, FilteringWebHandler routeFilters, RouteLocator routes) {
        this.application = application;
        this.routeFilters = routeFilters;
        this.passThrough = routes.getRoutes()
                .filter(route -> route.getId().equals(RouteIds.PASS_THROUGH))
                .next()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .cache();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getApplicationContext() != application
                || UNIFIED.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }

        return passThrough.flatMap(route -> {
            if (route.isEmpty()) {
                return chain.filter(exchange);
            }
            exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route.get());
            return routeFilters.handle(exchange);
        });
    }

    /** After Spring Security's web filter (-100), before the dispatcher and the gateway's route lookup. */
    @Override
    public int getOrder() {
        return -99;
    }
}
