package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends a route at its native handler: the handler's response is written and the chain stops, so nothing is
 * forwarded to the LMS on its behalf.
 */
final class NativeDispatch implements GatewayFilter {

    private final RouteEntry entry;
    private final NativeHandler handler;
    private final ServerResponses responses;

    NativeDispatch(RouteEntry entry, NativeHandler handler, ServerResponses responses) {
        this.entry = entry;
        this.handler = handler;
        this.responses = responses;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var request = new NativeRequest(exchange, entry, ServerWebExchangeUtils.getUriTemplateVariables(exchange));
        return handler.handle(request).flatMap(response -> responses.write(exchange, response));
    }
}
