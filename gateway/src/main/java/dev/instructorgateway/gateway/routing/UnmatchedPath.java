package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.HttpVerb;
import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Answers a request under the unified prefix that no catalogue route took: 405 with {@code Allow} when the
 * path exists for other methods, 404 otherwise. Nothing under the prefix ever falls through to the LMS.
 */
final class UnmatchedPath implements GatewayFilter {

    private record Endpoint(PathPattern pattern, HttpVerb method) {}

    private final List<Endpoint> endpoints;

    UnmatchedPath(RouteCatalogue catalogue) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.endpoints = catalogue.entries().stream()
                .map((RouteEntry e) -> new Endpoint(parser.parse(e.path().toString()), e.method()))
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        Set<HttpVerb> allowed = endpoints.stream()
                .filter(endpoint -> endpoint.pattern().matches(path))
                .map(Endpoint::method)
                .collect(Collectors.toCollection(TreeSet::new));

        if (allowed.isEmpty()) {
            return Mono.error(new ProblemException(
                    ProblemType.NOT_FOUND, "No endpoint of the instructor API has the path " + path.value() + "."));
        }

        String allow = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ALLOW, allow);
        return Mono.error(new ProblemException(
                ProblemType.METHOD_NOT_ALLOWED,
                exchange.getRequest().getMethod() + " is not allowed on " + path.value() + " (expected: " + allow
                        + ").",
                headers));
    }
}
