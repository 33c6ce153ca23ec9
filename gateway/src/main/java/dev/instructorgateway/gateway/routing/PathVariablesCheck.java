package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.keys.OpaqueKeys;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Map;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose course key or usage key is malformed, or whose other path values could stand for
 * more than one path segment, before anything is called: a 400 that names the parameter and the expected form.
 */
final class PathVariablesCheck implements GatewayFilter {

    static final PathVariablesCheck INSTANCE = new PathVariablesCheck();

    private PathVariablesCheck() {}

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            var problem = OpaqueKeys.checkPathVariable(variable.getKey(), variable.getValue())
                    .or(() -> checkSegment(variable.getKey(), variable.getValue()));
            if (problem.isPresent()) {
                return Mono.error(new ProblemException(ProblemType.INVALID_PARAMETER, problem.get()));
            }
        }
        return chain.filter(exchange);
    }

    /** A decoded value other than a key must stay one segment wherever the LMS decodes it again. */
    private static Optional<String> checkSegment(String name, String value) {
        if (OpaqueKeys.holdsKey(name)) {
            return Optional.empty();
        }
        if (value.contains("/") || value.equals(".") || value.equals("..") || value.isBlank()) {
            return Optional.of(name + ": " + value + " (expected: one path segment, without / and not . or ..)");
        }
        return Optional.empty();
    }
}
