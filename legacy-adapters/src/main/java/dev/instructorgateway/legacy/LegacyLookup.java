package dev.instructorgateway.legacy;

import java.util.Map;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A value a legacy view needs that the unified request does not carry, found with another call first (the
 * learner behind an ORA submission, say). The catalogue names it {@code $lookup.<name>}.
 */
public interface LegacyLookup {

    /** The name the catalogue uses after {@code $lookup.}. */
    String name();

    /**
     * Finds the value, calling the LMS with the caller's own credentials.
     *
     * @param lmsBaseUrl the LMS root the route forwards to
     * @param pathVariables the unified path's decoded variables
     */
    Mono<String> resolve(ServerWebExchange exchange, String lmsBaseUrl, Map<String, String> pathVariables);
}
