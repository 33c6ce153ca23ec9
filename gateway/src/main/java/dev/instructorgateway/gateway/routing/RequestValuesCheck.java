package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.keys.OpaqueKeys;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose course key or usage key is malformed, whose other path values could stand for more than
 * one path segment, or whose path or query values are over-long or hold control characters (a line break could
 * split a header or a log line wherever the LMS writes the value), before anything is called: a 400 that names the
 * parameter and the expected form.
 */
final class RequestValuesCheck implements GatewayFilter {

    static final RequestValuesCheck INSTANCE = new RequestValuesCheck();

    /** A search term or an identifier list fits well within this; anything longer is not a real query. */
    private static final int MAX_QUERY_VALUE = 2_000;

    private RequestValuesCheck() {}

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

        for (Map.Entry<String, List<String>> parameter :
                exchange.getRequest().getQueryParams().entrySet()) {
            for (String value : parameter.getValue()) {
                var problem = checkQueryValue(parameter.getKey(), value);
                if (problem.isPresent()) {
                    return Mono.error(new ProblemException(ProblemType.INVALID_PARAMETER, problem.get()));
                }
            }
        }
        return chain.filter(exchange);
    }

    private static Optional<String> checkQueryValue(String name, String value) {
        if (value.length() > MAX_QUERY_VALUE) {
            return Optional.of(
                    name + ": " + value.length() + " characters (expected: at most " + MAX_QUERY_VALUE + ")");
        }
        if ((name + value).chars().anyMatch(Character::isISOControl)) {
            return Optional.of(name + " holds a control character (expected: printable text)");
        }
        return Optional.empty();
    }

    /** A decoded value other than a key must stay one segment wherever the LMS decodes it again. */
    private static Optional<String> checkSegment(String name, String value) {
        if (OpaqueKeys.holdsKey(name)) {
            return Optional.empty();
        }
        if (value.length() > OpaqueKeys.MAX_LENGTH) {
            return Optional.of(
                    name + ": " + value.length() + " characters (expected: at most " + OpaqueKeys.MAX_LENGTH + ")");
        }
        if (value.contains("/") || value.equals(".") || value.equals("..") || value.isBlank()) {
            return Optional.of(name + ": " + value + " (expected: one path segment, without / and not . or ..)");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(name + " holds a control character (expected: printable text)");
        }
        return Optional.empty();
    }
}
