package dev.instructorgateway.gateway.security;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the caller's JWT the three ways the LMS's own clients send it: {@code Authorization: JWT <token>} (the
 * LMS's scheme), {@code Authorization: Bearer <token>}, and the micro-frontends' cookie pair, whose header and
 * payload half and signature half are joined with a dot.
 */
final class OpenEdxTokenConverter implements ServerAuthenticationConverter {

    private final String headerPayloadCookie;
    private final String signatureCookie;

    OpenEdxTokenConverter(String headerPayloadCookie, String signatureCookie) {
        this.headerPayloadCookie = headerPayloadCookie;
        this.signatureCookie = signatureCookie;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String token = token(exchange.getRequest());
        if (token == null) {
            return Mono.empty();
        }
        if (token.isEmpty()) {
            return Mono.error(new BadCredentialsException("the Authorization scheme is neither JWT nor Bearer"));
        }
        return Mono.just(new BearerTokenAuthenticationToken(token));
    }

    @Nullable
    String token(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return fromHeader(authorization);
        }

        HttpCookie headerPayload = request.getCookies().getFirst(headerPayloadCookie);
        HttpCookie signature = request.getCookies().getFirst(signatureCookie);
        if (headerPayload == null || signature == null) {
            return null;
        }
        return headerPayload.getValue() + "." + signature.getValue();
    }

    /** The token of a {@code JWT} or {@code Bearer} credential; any other scheme is not a JWT (empty token). */
    private static String fromHeader(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return "";
        }
        String scheme = authorization.substring(0, space);
        boolean jwtScheme = scheme.equalsIgnoreCase("JWT") || scheme.equalsIgnoreCase("Bearer");
        return jwtScheme ? authorization.substring(space + 1).strip() : "";
    }
}
