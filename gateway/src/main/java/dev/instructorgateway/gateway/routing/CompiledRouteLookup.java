package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Picks a request's route from a table compiled once from the catalogue and hands the request straight to that
 * route's filters. The gateway's own lookup evaluates the routes' asynchronous predicates one after another (about
 * ninety of them before the pass-through route) and then goes through the dispatcher; this one compares the method
 * and tries the path patterns of the routes with that method, in the routes' order.
 *
 * <p>It picks the route the gateway's lookup would: the same order, patterns parsed as the path predicate parses
 * them, matched against the same raw path, and the same exchange attributes set (the route, its id, the matched
 * pattern and the path variables). Runs after Spring Security's web filter, so the firewall and authentication see
 * every request first. Requests of the actuator's server, which shares the application's web filters, are left
 * alone. The table is compiled at the first request: the catalogue's routes do not change while the gateway runs.
 */
final class CompiledRouteLookup implements WebFilter, Ordered {

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final String HANDLER_MAPPER = RoutePredicateHandlerMapping.class.getSimpleName();

    private final ApplicationContext application;
    private final FilteringWebHandler routeFilters;
    private final Mono<RouteTable> table;

    CompiledRouteLookup(
            ApplicationContext application,
            FilteringWebHandler routeFilters,
            RouteLocator routes,
            RouteCatalogue catalogue) {
        this.application = application;
        this.routeFilters = routeFilters;
        this.table = routes.getRoutes()
                .collectMap(Route::getId)
                .map(byId -> RouteTable.compile(catalogue, byId))
                .cache();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getApplicationContext() != application) {
            return chain.filter(exchange);
        }

        return table.flatMap(routes -> {
            Route route = routes.mark(exchange);
            return route == null ? chain.filter(exchange) : routeFilters.handle(exchange);
        });
    }

    /** The request's route, marked on the exchange as the gateway's lookup marks it; empty if none matches. */
    Mono<Route> route(ServerWebExchange exchange) {
        return table.mapNotNull(routes -> routes.mark(exchange));
    }

    /** After Spring Security's web filter (-100), before the dispatcher and the gateway's route lookup. */
    @Override
    public int getOrder() {
        return -99;
    }

    /** A route and what it matches; a null method matches any (the catch-all routes). */
    private record Candidate(@Nullable HttpMethod method, PathPattern pattern, Route route) {}

    private record RouteMatch(Route route, PathPattern pattern, Map<String, String> variables) {

        void markOn(ServerWebExchange exchange) {
            Map<String, Object> attributes = exchange.getAttributes();
            attributes.put(ServerWebExchangeUtils.GATEWAY_HANDLER_MAPPER_ATTR, HANDLER_MAPPER);
            attributes.put(ServerWebExchangeUtils.GATEWAY_PREDICATE_ROUTE_ATTR, route.getId());
            ServerWebExchangeUtils.putUriTemplateVariables(exchange, variables);
            attributes.put(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR, pattern.getPatternString());
            attributes.put(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ROUTE_ID_ATTR, route.getId());
            attributes.put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
        }
    }

    /** The catalogue's routes in the gateway's order, then the unified prefix's catch-all, then the pass-through. */
    private record RouteTable(List<Candidate> candidates, Candidate unmatched, Candidate passThrough) {

        static RouteTable compile(RouteCatalogue catalogue, Map<String, Route> byId) {
            Route unmatched = byId.get(RouteIds.UNMATCHED);
            Route passThrough = byId.get(RouteIds.PASS_THROUGH);
            if (unmatched == null || passThrough == null) {
                throw new IllegalStateException("the gateway has no " + RouteIds.UNMATCHED + " or "
                        + RouteIds.PASS_THROUGH + " route; CatalogueRoutingConfiguration builds both");
            }

            List<Candidate> candidates = new ArrayList<>();
            for (RouteEntry entry : catalogue.entries()) {
                Route route = byId.get(entry.id());
                if (route != null) {
                    candidates.add(new Candidate(
                            HttpMethod.valueOf(entry.method().name()),
                            PARSER.parse(entry.path().toString()),
                            route));
                }
            }
            candidates.sort(
                    Comparator.comparingInt(candidate -> candidate.route().getOrder()));

            return new RouteTable(
                    List.copyOf(candidates),
                    new Candidate(null, PARSER.parse(CatalogueRoutingConfiguration.UNIFIED_PREFIX), unmatched),
                    new Candidate(null, PARSER.parse(CatalogueRoutingConfiguration.PASS_THROUGH_PATH), passThrough));
        }

        /** Finds the request's route and marks it on the exchange; null if none matches. */
        @Nullable
        Route mark(ServerWebExchange exchange) {
            RouteMatch match = find(exchange);
            if (match == null) {
                return null;
            }
            match.markOn(exchange);
            return match.route();
        }

        @Nullable
        private RouteMatch find(ServerWebExchange exchange) {
            PathContainer path = (PathContainer) exchange.getAttributes()
                    .computeIfAbsent(
                            ServerWebExchangeUtils.GATEWAY_PREDICATE_PATH_CONTAINER_ATTR,
                            ignored -> PathContainer.parsePath(
                                    exchange.getRequest().getURI().getRawPath()));
            HttpMethod method = exchange.getRequest().getMethod();

            for (Candidate candidate : candidates) {
                if (method.equals(candidate.method())) {
                    RouteMatch match = match(candidate, path);
                    if (match != null) {
                        return match;
                    }
                }
            }
            RouteMatch unmatchedPath = match(unmatched, path);
            return unmatchedPath != null ? unmatchedPath : match(passThrough, path);
        }

        private static @Nullable RouteMatch match(Candidate candidate, PathContainer path) {
            PathPattern.PathMatchInfo info = candidate.pattern().matchAndExtract(path);
            return info == null ? null : new RouteMatch(candidate.route(), candidate.pattern(), info.getUriVariables());
        }
    }
}
