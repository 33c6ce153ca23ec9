package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.gateway.backends.Caller;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a native handler is given: the exchange, the catalogue entry it serves, the decoded path variables (the
 * course key among them, already checked against the opaque-key grammar) and the caller, whose course role has
 * been checked.
 */
public record NativeRequest(
        ServerWebExchange exchange, RouteEntry entry, Map<String, String> pathVariables, Caller caller) {

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

    public PageRequest page() {
        return PageRequest.of(exchange.getRequest());
    }

    public String routeId() {
        return entry.id();
    }
}
