package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.legacy.ClientJsonBody;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * What a native handler is given: the exchange, the catalogue entry it serves, the decoded path variables (the
 * course key among them, already checked against the opaque-key grammar) and the caller, whose course role has
 * been checked. The JSON body, when a handler needs one, is read through the same size-limited reader as the
 * legacy rewrites, so a client meets the same 413, 415 and 400 answers on every route.
 */
public record NativeRequest(
        ServerWebExchange exchange,
        RouteEntry entry,
        Map<String, String> pathVariables,
        Caller caller,
        ClientJsonBody bodies) {

    public NativeRequest {
        pathVariables = Map.copyOf(pathVariables);
    }

    public String courseKey() {
        return pathVariables.get("course_key");
    }

    public String path(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException(entry.id() + " has no path variable " + name);
        }
        return value;
    }

    /** The first value of a query parameter, or null. */
    public @Nullable String query(String name) {
        return exchange.getRequest().getQueryParams().getFirst(name);
    }

    /** The JSON object the client sent (an empty object for an empty body); read once, so call it once. */
    public Mono<JsonNode> body() {
        return bodies.read(exchange);
    }

    public PageRequest page() {
        return PageRequest.of(exchange.getRequest());
    }

    public String routeId() {
        return entry.id();
    }
}
