package dev.instructorgateway.gateway.security;

import dev.instructorgateway.gateway.observability.RequestLog;
import dev.instructorgateway.gateway.problem.ProblemWriter;
import dev.instructorgateway.gateway.routing.RouteIdHeader;
import dev.instructorgateway.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a missing or invalid token with a 401 problem and a challenge naming both schemes the gateway
 * accepts. Why the token was refused is logged at DEBUG and never echoed, nor is the token.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    /** The route id an authentication failure is answered under: no route was reached. */
    static final String ROUTE_ID = "gateway.authentication";

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);
    private static final String CHALLENGE = "JWT realm=\"instructor-gateway\", Bearer realm=\"instructor-gateway\"";

    private final ProblemWriter writer;

    ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        exchange.getAttributes().putIfAbsent(RouteIdHeader.ANSWERED_BY, ROUTE_ID);

        Mono<Void> logged = RequestLog.debug(
                log,
                "[{}] {} {} refused: {}",
                ROUTE_ID,
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                cause.getMessage());
        return logged.then(writer.write(
                exchange,
                ProblemType.UNAUTHORIZED,
                "This endpoint needs a valid Open edX JWT: Authorization: JWT <token>, Authorization: Bearer"
                        + " <token>, or the JWT cookie pair.",
                headers));
    }
}
