package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.gateway.access.CourseRoleCheck;
import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.legacy.ClientJsonBody;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends a route at its native handler: the caller's course role is checked first, then the handler's response
 * is written and the chain stops, so nothing is forwarded to the LMS on its behalf.
 */
final class NativeDispatch implements GatewayFilter {

    private final RouteEntry entry;
    private final NativeHandler handler;
    private final ServerResponses responses;
    private final CourseRoleCheck roles;
    private final ClientJsonBody bodies;

    NativeDispatch(
            RouteEntry entry,
            NativeHandler handler,
            ServerResponses responses,
            CourseRoleCheck roles,
            ClientJsonBody bodies) {
        this.entry = entry;
        this.handler = handler;
        this.responses = responses;
        this.roles = roles;
        this.bodies = bodies;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);

        return Caller.of(exchange).flatMap(caller -> {
            var request = new NativeRequest(exchange, entry, variables, caller, bodies);
            return roles.require(caller, request.courseKey(), handler.access(), entry.id())
                    .then(Mono.defer(() -> handler.handle(request)))
                    .flatMap(response -> responses.write(exchange, response));
        });
    }
}
