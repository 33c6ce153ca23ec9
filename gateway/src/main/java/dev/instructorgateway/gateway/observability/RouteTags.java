package dev.instructorgateway.gateway.observability;

import dev.instructorgateway.gateway.routing.RouteMetadata;
import io.micrometer.core.instrument.Tags;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayTagsProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Adds the catalogue's view of a route to the gateway's request timer ({@code spring.cloud.gateway.requests}):
 * its {@code domain} and how it is {@code served_by} (legacy, native, unbacked, pass-through or gateway). The
 * gateway's own tags already give the route id, method, status and outcome; none of the tags holds a raw path or a
 * course key, so the number of series stays bounded by the catalogue.
 */
@Component
class RouteTags implements GatewayTagsProvider {

    static final String NONE = "none";

    @Override
    public Tags apply(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return Tags.of("domain", NONE, "served_by", NONE);
        }
        return Tags.of(
                "domain", String.valueOf(route.getMetadata().getOrDefault(RouteMetadata.DOMAIN, NONE)),
                "served_by", String.valueOf(route.getMetadata().getOrDefault(RouteMetadata.SERVED_BY, NONE)));
    }
}
