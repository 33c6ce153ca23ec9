package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.CatalogueRules;
import dev.instructorgateway.catalogue.Domain;
import dev.instructorgateway.catalogue.HttpVerb;
import dev.instructorgateway.catalogue.InvalidCatalogueException;
import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.catalogue.ServedBy;
import dev.instructorgateway.gateway.access.CourseRoleCheck;
import dev.instructorgateway.gateway.backends.LegacyRouteGuard;
import dev.instructorgateway.gateway.handlers.NativeHandlerRegistry;
import dev.instructorgateway.gateway.lms.LmsProperties;
import dev.instructorgateway.gateway.ratelimit.ExpensiveActionLimits;
import dev.instructorgateway.legacy.ClientJsonBody;
import dev.instructorgateway.legacy.LegacyRequestGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyResponseGatewayFilterFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.handler.FilteringWebHandler;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Builds the gateway's routes from the route catalogue at start-up: one route per entry, then a route that
 * answers unknown paths under the unified prefix, then a pass-through route that hands everything else to the
 * LMS unchanged. No route is written by hand.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueRoutingConfiguration {

    static final String UNIFIED_PREFIX = "/api/instructor/v1/courses/**";
    static final String PASS_THROUGH_PATH = "/**";
    static final String NO_BACKEND = "no://op";

    private static final Logger log = LoggerFactory.getLogger(CatalogueRoutingConfiguration.class);

    @Bean
    RouteCatalogue routeCatalogue(
            CatalogueProperties properties,
            ResourceLoader resources,
            NativeHandlerRegistry handlers,
            LegacyRequestGatewayFilterFactory legacyRequest,
            LegacyResponseGatewayFilterFactory legacyResponse)
            throws IOException {
        Resource resource = resources.getResource(properties.location());
        if (!resource.exists()) {
            throw new InvalidCatalogueException(
                    properties.location(), List.of("the file does not exist (check GATEWAY_CATALOGUE)"));
        }

        RouteCatalogue catalogue;
        try (InputStream in = resource.getInputStream()) {
            CatalogueRules rules =
                    new CatalogueRules(handlers.ids(), legacyResponse.adapterNames(), legacyRequest.lookupNames());
            catalogue = RouteCatalogue.load(in, properties.location(), rules);
        }
        logSummary(catalogue, handlers);
        return catalogue;
    }

    @Bean
    RouteLocator catalogueRoutes(
            RouteLocatorBuilder builder,
            RouteCatalogue catalogue,
            LmsProperties lms,
            NativeHandlerRegistry handlers,
            LegacyAdapters legacy,
            ServerResponses responses,
            ExpensiveActionLimits limits,
            CourseRoleCheck roles,
            ClientJsonBody bodies,
            LegacyRouteGuard guard) {
        limits.checkAgainst(catalogue);
        RouteLocatorBuilder.Builder routes = builder.routes();
        String lmsUrl = lms.baseUrl().toString();

        List<RouteEntry> mostSpecificFirst = catalogue.entries().stream()
                .sorted(Comparator.comparing((RouteEntry e) -> pattern(e), PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        for (int order = 0; order < mostSpecificFirst.size(); order++) {
            RouteEntry entry = mostSpecificFirst.get(order);
            GatewayFilter[] serve = Stream.concat(
                            Stream.concat(Stream.of(RequestValuesCheck.INSTANCE), limits.filterFor(entry).stream()),
                            serveFilters(entry, handlers, legacy, responses, roles, bodies, guard).stream())
                    .toArray(GatewayFilter[]::new);
            int routeOrder = order;

            Map<String, Object> metadata = new HashMap<>();
            metadata.put(RouteMetadata.DOMAIN, entry.domain().slug());
            metadata.put(RouteMetadata.SERVED_BY, entry.servedBy().slug());
            if (entry.servedBy() == ServedBy.LEGACY) {
                metadata.put(
                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                        guard.timeLimit(entry.requireLegacy()).toMillis());
            }

            routes.route(
                    entry.id(),
                    route -> route.order(routeOrder)
                            .method(HttpMethod.valueOf(entry.method().name()))
                            .and()
                            .path(entry.path().toString())
                            .filters(filters -> filters.filters(serve))
                            .metadata(metadata)
                            .uri(entry.servedBy() == ServedBy.LEGACY ? lmsUrl : NO_BACKEND));
        }

        UnmatchedPath unmatched = new UnmatchedPath(catalogue);
        routes.route(
                RouteIds.UNMATCHED,
                route -> route.order(Ordered.LOWEST_PRECEDENCE - 1)
                        .path(UNIFIED_PREFIX)
                        .filters(filters -> filters.filter(unmatched))
                        .metadata(RouteMetadata.SERVED_BY, RouteMetadata.GATEWAY)
                        .uri(NO_BACKEND));
        routes.route(
                RouteIds.PASS_THROUGH,
                route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .path(PASS_THROUGH_PATH)
                        .metadata(RouteMetadata.SERVED_BY, RouteMetadata.PASS_THROUGH)
                        .uri(lmsUrl));
        return routes.build();
    }

    @Bean
    CompiledRouteLookup compiledRouteLookup(
            ApplicationContext application,
            FilteringWebHandler routeFilters,
            RouteLocator routes,
            RouteCatalogue catalogue) {
        return new CompiledRouteLookup(application, routeFilters, routes, catalogue);
    }

    private static List<GatewayFilter> serveFilters(
            RouteEntry entry,
            NativeHandlerRegistry handlers,
            LegacyAdapters legacy,
            ServerResponses responses,
            CourseRoleCheck roles,
            ClientJsonBody bodies,
            LegacyRouteGuard guard) {
        return switch (entry.servedBy()) {
            case LEGACY ->
                Stream.concat(
                                legacy.filters(entry.requireLegacy()).stream(),
                                Stream.of(guard.filter(entry.id(), entry.method() == HttpVerb.GET)))
                        .toList();
            case NATIVE ->
                List.of(new NativeDispatch(
                        entry, handlers.find(entry.requireNative().handler()).orElseThrow(), responses, roles, bodies));
            case UNBACKED -> List.of(new UnbackedAnswer(entry));
        };
    }

    private static PathPattern pattern(RouteEntry entry) {
        return PathPatternParser.defaultInstance.parse(entry.path().toString());
    }

    private static void logSummary(RouteCatalogue catalogue, NativeHandlerRegistry handlers) {
        log.info(
                "Route catalogue {}: {} routes, {} native handlers",
                catalogue.source(),
                catalogue.entries().size(),
                handlers.ids().size());
        for (Map.Entry<Domain, List<RouteEntry>> domain : catalogue.byDomain().entrySet()) {
            List<RouteEntry> entries = domain.getValue();
            log.info(
                    "Domain {}: {} routes ({} legacy, {} native, {} unbacked)",
                    domain.getKey().slug(),
                    entries.size(),
                    count(entries, ServedBy.LEGACY),
                    count(entries, ServedBy.NATIVE),
                    count(entries, ServedBy.UNBACKED));
        }
    }

    private static long count(List<RouteEntry> entries, ServedBy servedBy) {
        return entries.stream().filter(e -> e.servedBy() == servedBy).count();
    }
}
