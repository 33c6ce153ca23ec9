package dev.instructorgateway.gateway.problem;

import dev.instructorgateway.gateway.routing.RouteIdHeader;
import dev.instructorgateway.gateway.routing.ServerResponses;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes RFC 9457 problem details with the application's codecs, so every answer the gateway makes itself has
 * the same members: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and
 * {@code route_id}.
 */
@Component
public class ProblemWriter {

    private final ServerResponses responses;

    public ProblemWriter(ServerResponses responses) {
        this.responses = responses;
    }

    /** Builds the problem for this request without writing it. */
    public ProblemDetail problem(ServerWebExchange exchange, ProblemType type, String detail) {
        return problem(exchange, type, type.status(), detail);
    }

    private ProblemDetail problem(ServerWebExchange exchange, ProblemType type, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        problem.setProperty("route_id", RouteIdHeader.routeId(exchange));
        return problem;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail, HttpHeaders headers) {
        return write(exchange, problem(exchange, type, detail), headers);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemException failure) {
        ProblemDetail problem = problem(exchange, failure.type(), failure.status(), failure.getMessage());
        failure.properties().forEach(problem::setProperty);
        return write(exchange, problem, failure.headers());
    }

    /**
     * Writes a problem, replacing whatever headers a backend's answer had already put on the response (its
     * length and type would not fit the problem).
     */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, HttpHeaders headers) {
        exchange.getResponse().getHeaders().clear();
        return ServerResponse.status(problem.getStatus())
                .headers(h -> h.addAll(headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> responses.write(exchange, response));
    }
}
