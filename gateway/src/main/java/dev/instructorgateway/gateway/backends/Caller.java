package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a native handler acts for: the username from the token, and the token itself, which every backend call
 * carries so each service applies its own permissions to the caller. The gateway has no credential of its own.
 *
 * @param username the token's {@code preferred_username}
 * @param token the caller's JWT, as it was checked
 */
public record Caller(String username, String token) {

    /** The caller of this exchange; the unified API admits no request without one. */
    public static Mono<Caller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .map(Caller::from)
                .switchIfEmpty(Mono.error(
                        () -> new ProblemException(ProblemType.UNAUTHORIZED, "This endpoint needs an Open edX JWT.")));
    }

    private static Caller from(JwtAuthenticationToken authentication) {
        String username = authentication.getToken().getClaimAsString("preferred_username");
        return new Caller(
                username == null ? authentication.getName() : username,
                authentication.getToken().getTokenValue());
    }

    /** The {@code Authorization} header the LMS's JWT authentication reads. */
    String authorization() {
        return "JWT " + token;
    }

    @Override
    public String toString() {
        return "Caller[" + username + "]";
    }
}
