package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.keys.OpaqueKeys;
import dev.instructorgateway.gateway.problem.ProblemException;
import dev.instructorgateway.gateway.problem.ProblemType;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose course key or usage key is malformed before anything is called, with a 400 that
 * names the parameter and the form a key takes.
 */
final class PathVariablesCheck implements GatewayFilter {

    static final PathVariablesCheck INSTANCE = new PathVariablesCheck();

    private PathVariablesCheck() {}

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            var problem = OpaqueKeys.checkPathVariable(variable.getKey(), variable.getValue());
            if (problem.isPresent()) {
                return Mono.error(new ProblemException(ProblemType.INVALID_PARAMETER, problem.get()));
            }
        }
        return chain.filter(exchange);
    }
}
