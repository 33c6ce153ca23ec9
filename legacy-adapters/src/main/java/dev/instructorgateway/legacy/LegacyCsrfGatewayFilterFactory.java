package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.HttpVerb;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keeps Django's CSRF protection meaningful for browsers that authenticate with cookies (the session cookie or
 * the JWT cookie pair). A cookie-authenticated change must carry an {@code X-CSRFToken} equal to its
 * {@code csrftoken} cookie, or the gateway refuses it with 403 before the LMS is called; a read the gateway turns
 * into a legacy POST gets a fresh token pair of its own, since the browser had no reason to send one. Either way
 * the LMS is given its own origin as {@code Origin} and {@code Referer}, which Django checks over HTTPS and which
 * the gateway's own origin would fail. Requests with an {@code Authorization} header need no CSRF token and pass
 * unchanged.
 */
public class LegacyCsrfGatewayFilterFactory
        extends AbstractGatewayFilterFactory<LegacyCsrfGatewayFilterFactory.Config> {

    static final String CSRF_COOKIE = "csrftoken";
    static final String CSRF_HEADER = "X-CSRFToken";

    private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int TOKEN_LENGTH = 32;

    private final SecureRandom random = seededGenerator();
    private final List<String> authCookies;

    /** @param authCookies the cookies that authenticate a browser (session cookie, JWT cookie pair) */
    public LegacyCsrfGatewayFilterFactory(List<String> authCookies) {
        super(Config.class);
        this.authCookies = List.copyOf(authCookies);
    }

    @Override
    public GatewayFilter apply(Config config) {
        boolean legacyChangesState =
                Objects.requireNonNull(config.getLegacyMethod(), "legacyMethod").isUnsafe();

        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            if (!legacyChangesState || !isCookieAuthenticated(request)) {
                return chain.filter(exchange);
            }

            String cookieToken = cookieValue(request, CSRF_COOKIE);
            String headerToken = request.getHeaders().getFirst(CSRF_HEADER);
            String token;
            if (request.getMethod() == HttpMethod.GET) {
                token = newToken();
            } else if (cookieToken == null || headerToken == null || !cookieToken.equals(headerToken)) {
                return Mono.error(new ProblemException(
                        ProblemType.CSRF_REFUSED,
                        "A request authenticated by cookie must send the csrftoken cookie's value in X-CSRFToken."));
            } else {
                token = cookieToken;
            }

            URI lms = lmsOrigin(exchange);
            ServerHttpRequest relayed = request.mutate()
                    .headers(headers -> {
                        headers.set(CSRF_HEADER, token);
                        headers.set(HttpHeaders.COOKIE, withCsrfCookie(headers.getFirst(HttpHeaders.COOKIE), token));
                        headers.set(HttpHeaders.ORIGIN, lms.toString());
                        headers.set(HttpHeaders.REFERER, lms + "/");
                    })
                    .build();
            return chain.filter(exchange.mutate().request(relayed).build());
        };
    }

    /**
     * A DRBG seeded here, at start-up: the default generator may read {@code /dev/urandom} on any call, which
     * would be blocking I/O on the event loop.
     */
    private static SecureRandom seededGenerator() {
        try {
            SecureRandom generator = SecureRandom.getInstance("DRBG");
            generator.nextBytes(new byte[16]);
            return generator;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG", e);
        }
    }

    private boolean isCookieAuthenticated(ServerHttpRequest request) {
        if (request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        return authCookies.stream().anyMatch(name -> request.getCookies().containsKey(name));
    }

    private static @Nullable String cookieValue(ServerHttpRequest request, String name) {
        HttpCookie cookie = request.getCookies().getFirst(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** The client's Cookie header with its csrftoken (if any) replaced by this request's token. */
    private static String withCsrfCookie(@Nullable String cookies, String token) {
        List<String> kept = new ArrayList<>();
        if (cookies != null) {
            for (String cookie : cookies.split(";")) {
                String trimmed = cookie.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith(CSRF_COOKIE + "=")) {
                    kept.add(trimmed);
                }
            }
        }
        kept.add(CSRF_COOKIE + "=" + token);
        return String.join("; ", kept);
    }

    private String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }

    private static URI lmsOrigin(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        URI uri = Objects.requireNonNull(route, "route").getUri();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    /** The method of the legacy call the request becomes. */
    public static class Config {

        private HttpVerb legacyMethod = HttpVerb.POST;

        public HttpVerb getLegacyMethod() {
            return legacyMethod;
        }

        public Config setLegacyMethod(HttpVerb legacyMethod) {
            this.legacyMethod = legacyMethod;
            return this;
        }
    }
}
