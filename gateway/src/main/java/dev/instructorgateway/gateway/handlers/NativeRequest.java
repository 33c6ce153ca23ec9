package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.catalogue.RouteEntry;
import java.util.Map;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a native handler is given: the exchange, the catalogue entry it serves and the decoded path variables
 * (the course key among them, already checked against the opaque-key grammar).
 */
public record NativeRequest(ServerWebExchange exchange, RouteEntry entry, Map<String, String> pathVariables) {

    public NativeRequest {
        pathVariables = Map.copyOf(pathVariables);
    }

    public String courseKey() {
        return pathVariables.get("course_key");
    }
}
